// The workbench in Russian and German: the translators installed the way the program installs
// them (the Language menu's choice in the settings), the main window's menus, a connection form
// and a decoded record in that language, while the CLI's English (JSON, tags) stays untouched;
// and both .ts files translate every message, so the embedded .qm files cover the interface.
#include "GuiTestSupport.h"

#include "project/ConnectionForm.h"
#include "window/MainWindow.h"
#include "window/Translations.h"

#include "decode/DataHeader.h"
#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"
#include "link/Frame.h"
#include "project/Validation.h"
#include "frametext/TelegramJson.h"

#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace mbus;

namespace {

// The heat meter of resources/telegrams/heat-meter.hex: medium heat (outlet), record 0 energy.
decode::Telegram heatMeter()
{
    QFile file(QStringLiteral(MBUS_SOURCE_DIR "/resources/telegrams/heat-meter.hex"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray hex;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().startsWith('#'))
            hex += line;
    }
    decode::Telegram telegram;
    const auto frame = link::parseFrame(QByteArray::fromHex(hex));
    if (frame)
        decode::decodeTelegram(frame.value(), telegram);
    return telegram;
}

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

QStringList formLabels(const QWidget &form)
{
    QStringList labels;
    for (const QLabel *l : form.findChildren<QLabel *>())
        labels << l->text();
    return labels;
}

struct TsMessage
{
    QString context, source, comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one, or the plural forms
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && m.numerus)
            messages << m;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}, xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            if (!m.numerus) {
                m.forms << xml.readElementText();
                messages << m;
            }
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void cleanup()
    {
        removeTranslators();
        ui::setChosenLanguage(QString());
    }
    void englishWithoutTranslator();
    void windowInLanguage_data();
    void windowInLanguage();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
};

void TestTranslations::englishWithoutTranslator()
{
    ui::setChosenLanguage(QStringLiteral("en"));
    QCOMPARE(ui::installTranslations(*qApp), QStringLiteral("en"));
    QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
    ui::MainWindow window;
    QVERIFY2(menuTitles(window).startsWith(QStringLiteral("&File")), qPrintable(menuTitles(window).join(u',')));
    const decode::Telegram telegram = heatMeter();
    QVERIFY(!telegram.records.empty());
    QCOMPARE(decode::quantityText(telegram, telegram.records.front()), QStringLiteral("Energy"));
    QCOMPARE(telegram.header.mediumText(), QStringLiteral("Heat (outlet)"));
}

void TestTranslations::windowInLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QStringList>("formTexts");
    QTest::addColumn<QString>("energy");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("where");
    QTest::newRow("ru") << QStringLiteral("ru")
                        << QStringList{QStringLiteral("&Файл"), QStringLiteral("&Правка"), QStringLiteral("&Шина"),
                                       QStringLiteral("&Вид"), QStringLiteral("&Язык"), QStringLiteral("&Справка")}
                        << QStringList{QStringLiteral("Имя"), QStringLiteral("Период (мс)"), QStringLiteral("Скорость (бод)"),
                                       QStringLiteral("Чётность"), QStringLiteral("Переключаться на резерв после (неудачных циклов)")}
                        << QStringLiteral("Энергия") << QStringLiteral("Тепло (обратный трубопровод)")
                        << QStringLiteral("соединение «Котельная»");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("B&us"),
                                       QStringLiteral("&Ansicht"), QStringLiteral("&Sprache"), QStringLiteral("&Hilfe")}
                        << QStringList{QStringLiteral("Name"), QStringLiteral("Periode (ms)"), QStringLiteral("Baudrate"),
                                       QStringLiteral("Parität"), QStringLiteral("Auf Reserve umschalten nach (fehlgeschlagenen Zyklen)")}
                        << QStringLiteral("Energie") << QStringLiteral("Wärme (Rücklauf)")
                        << QStringLiteral("Verbindung „Котельная“");
}

void TestTranslations::windowInLanguage()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, formTexts);
    QFETCH(QString, energy);
    QFETCH(QString, medium);
    QFETCH(QString, where);

    ui::setChosenLanguage(code); // the Language menu's choice, applied at the next start
    QCOMPARE(ui::installTranslations(*qApp), code);
    QVERIFY(!qApp->findChildren<QTranslator *>().isEmpty()); // :/i18n/mbus_<code>.qm is embedded

    ui::MainWindow window;
    QCOMPARE(menuTitles(window), menus);

    ui::ConnectionForm form;
    form.setConnection(test::demoProject().connections.value(0));
    const QStringList labels = formLabels(form);
    for (const QString &text : formTexts)
        QVERIFY2(labels.contains(text), qPrintable(text + QStringLiteral(" not in ") + labels.join(u'|')));

    const decode::Telegram telegram = heatMeter();
    QVERIFY(!telegram.records.empty());
    QCOMPARE(decode::quantityText(telegram, telegram.records.front()), energy);
    QCOMPARE(telegram.header.mediumText(), medium);
    // What programs read stays English whatever the language.
    QCOMPARE(decode::quantityText(telegram, telegram.records.front(), decode::TextLanguage::English), QStringLiteral("Energy"));
    const QJsonObject json = frametext::telegramToJson(telegram);
    QCOMPARE(json.value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("quantity")).toString(),
             QStringLiteral("Energy"));
    QCOMPARE(json.value(QStringLiteral("header")).toObject().value(QStringLiteral("medium")).toString(), QStringLiteral("Heat (outlet)"));

    // Validation findings as the forms show them.
    project::Project p;
    project::Connection c;
    c.name = QStringLiteral("Котельная");
    c.periodMs = 0;
    p.connections << c;
    const QList<project::Finding> findings = project::validate(p);
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first().where, where);
    QVERIFY(findings.first().where.startsWith(project::connectionWhere(c.name)));
    QVERIFY2(!findings.first().message.contains(QStringLiteral("period must be positive")), qPrintable(findings.first().message));
    QVERIFY2(formTexts.at(1).startsWith(findings.first().fieldText()), qPrintable(findings.first().fieldText())); // "Period" of "Period (ms)"
}

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("ru") << QStringLiteral("ru") << 3;
    QTest::newRow("de") << QStringLiteral("de") << 2;
}

// The .ts files are the source of the embedded .qm files: no message may be left unfinished,
// empty, without its placeholders or accelerator, and every one must come out of the .qm.
void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, code);
    QFETCH(int, pluralForms);
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(MBUS_SOURCE_DIR "/translations/mbus_%1.ts").arg(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 600);

    auto *translator = new QTranslator(qApp);
    QVERIFY(translator->load(QStringLiteral(":/i18n/mbus_%1.qm").arg(code)));
    QCoreApplication::installTranslator(translator);

    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString at = QStringLiteral("%1 line %2 \"%3\": ").arg(m.context).arg(m.line).arg(m.source);
        if (m.unfinished)
            problems << at + QStringLiteral("unfinished");
        if (m.forms.size() != (m.numerus ? pluralForms : 1))
            problems << at + QStringLiteral("%1 forms").arg(m.forms.size());
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << at + QStringLiteral("empty");
            if (placeholders(form) != placeholders(m.source))
                problems << at + QStringLiteral("placeholders of \"%1\"").arg(form);
            if (m.source.count(u'&') != form.count(u'&'))
                problems << at + QStringLiteral("accelerator of \"%1\"").arg(form);
        }
        if (m.numerus || m.forms.isEmpty())
            continue;
        const QString fromQm = QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                                           m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
        if (fromQm != m.forms.first())
            problems << at + QStringLiteral("the .qm gives \"%1\"").arg(fromQm);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_gui_translations.moc"
