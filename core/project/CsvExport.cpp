#include "CsvExport.h"

namespace mbus::project {

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (QString field : fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        quoted << field;
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray bindingsCsv(const Project &project)
{
    QByteArray csv = csvLine({QStringLiteral("connection"), QStringLiteral("name"), QStringLiteral("tag"),
                              QStringLiteral("access"), QStringLiteral("address"), QStringLiteral("telegram"),
                              QStringLiteral("index"), QStringLiteral("description"), QStringLiteral("signature")});
    for (const Connection &c : project.connections) {
        for (const Binding &b : c.bindings) {
            csv += csvLine({c.name, b.name, b.tag, accessText(b.access), QString::number(b.address),
                            QString::number(b.telegram), QString::number(b.index), b.description,
                            QString::fromLatin1(b.signature.toHex().toUpper())});
        }
    }
    return csv;
}

} // namespace mbus::project
