#include "ProjectCommands.h"

#include "cli/ExitCode.h"
#include "common/AtomicFile.h"
#include "cli/InputFile.h"
#include "project/CsvExport.h"
#include "project/FaceplateFormat.h"
#include "project/FaceplateObjects.h"
#include "project/ProjectFile.h"
#include "project/Validation.h"

#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace mbus::cli {

namespace {

// Writes atomically: a failure leaves whatever was at path untouched.
bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    if (path == QLatin1String("-")) {
        QTextStream(stdout) << bytes;
        return true;
    }
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        err << "error: " << error << '\n';
        return false;
    }
    return true;
}

void printFindings(const QList<project::Finding> &findings, QTextStream &stream)
{
    for (const project::Finding &f : findings)
        stream << f.text() << '\n';
}

// An input file that cannot be read is a usage error (exit 2), like a wrong argument.
bool readable(const QString &path, QTextStream &err)
{
    if (path == QLatin1String("-") || QFileInfo(path).isReadable())
        return true;
    err << "error: cannot read " << path << '\n';
    return false;
}

// "-o FILE" and the one positional argument; false on anything else.
bool fileAndOutput(const QStringList &arguments, const QStringList &valueOptions, QString *file, QString *output,
                   QHash<QString, QString> *values)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("-o") || valueOptions.contains(a)) && i + 1 < arguments.size()) {
            if (a == QLatin1String("-o"))
                *output = arguments.at(++i);
            else
                values->insert(a, arguments.at(++i));
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return false;
        } else if (file->isEmpty()) {
            *file = a;
        } else {
            return false;
        }
    }
    return !file->isEmpty();
}

} // namespace

int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        err << "usage: mbus-cli validate PROJECT.mbwproj\n"
               "  Prints every error and warning; exit 1 when there is an error.\n";
        return arguments.contains(QLatin1String("--help")) ? ExitCode::Ok : ExitCode::Usage;
    }
    if (!readable(arguments.first(), err))
        return ExitCode::Usage;
    QString error;
    const auto project = project::loadProject(arguments.first(), &error);
    if (!project) {
        err << "error: " << error << '\n';
        return ExitCode::Failure;
    }
    const QList<project::Finding> findings = project::validate(*project);
    printFindings(findings, out);
    int bindings = 0;
    for (const project::Connection &c : project->connections)
        bindings += int(c.bindings.size());
    out << project->connections.size() << " connections, " << bindings << " bindings: "
        << (project::hasErrors(findings) ? "errors" : findings.isEmpty() ? "ok" : "ok with warnings") << '\n';
    return project::hasErrors(findings) ? ExitCode::Failure : ExitCode::Ok;
}

namespace {

const QStringList FaceplateOptions = {QStringLiteral("--keymap"), QStringLiteral("--root"), QStringLiteral("--tags-root"),
                                      QStringLiteral("--tag-field")};

// The object-format options from the command line; false (with the error printed) for a key map
// that cannot be read.
bool faceplateOptions(const QHash<QString, QString> &values, project::FaceplateObjectOptions *options, QTextStream &err)
{
    if (values.contains(QStringLiteral("--keymap"))) {
        QString error;
        const auto map = project::FaceplateKeyMap::fromFile(values.value(QStringLiteral("--keymap")), &error);
        if (!map) {
            err << "error: key map " << values.value(QStringLiteral("--keymap")) << ": " << error << '\n';
            return false;
        }
        options->keyMap = *map;
    }
    options->root = values.value(QStringLiteral("--root"), options->root);
    options->tagsRoot = values.value(QStringLiteral("--tags-root"), options->tagsRoot);
    options->tagField = values.value(QStringLiteral("--tag-field"), options->tagField);
    return true;
}

} // namespace

int runExport(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    QString file, output;
    QHash<QString, QString> values;
    const bool ok = fileAndOutput(arguments, QStringList{QStringLiteral("--format")} + FaceplateOptions, &file, &output, &values);
    const QString format = values.value(QStringLiteral("--format"), QStringLiteral("faceplate"));
    const QStringList formats{QStringLiteral("faceplate"), QStringLiteral("faceplate-v1"), QStringLiteral("csv")};
    if (!ok || output.isEmpty() || !formats.contains(format)) {
        err << "usage: mbus-cli export PROJECT.mbwproj [--format faceplate|faceplate-v1|csv] -o FILE|-\n"
               "         [--keymap FILE] [--root FOLDER] [--tags-root FOLDER] [--tag-field FIELD]\n"
               "  faceplate: Faceplate's folder-export object format (plc_mbus_connection objects with\n"
               "    their plc_mbus_binding children), keys from the built-in key map or --keymap FILE,\n"
               "    in --root (default /root/FP/PROJECT/@connections/plc_mbus_connection), tags as\n"
               "    objects of --tags-root (default /root/FP/PROJECT/TAGS), field --tag-field (value);\n"
               "  faceplate-v1: the workbench's earlier flat JSON; csv: one row per binding.\n"
               "  A project with errors is not exported.\n";
        return arguments.contains(QLatin1String("--help")) ? ExitCode::Ok : ExitCode::Usage;
    }
    project::FaceplateObjectOptions faceplate;
    if (!faceplateOptions(values, &faceplate, err))
        return ExitCode::Usage;
    if (!readable(file, err))
        return ExitCode::Usage;
    QString error;
    const auto project = project::loadProject(file, &error);
    if (!project) {
        err << "error: " << error << '\n';
        return ExitCode::Failure;
    }
    const QList<project::Finding> findings = project::validate(*project);
    if (project::hasErrors(findings)) {
        printFindings(findings, err);
        err << "error: the project has errors; nothing was written\n";
        return ExitCode::Failure;
    }
    const QByteArray bytes = format == QLatin1String("csv")            ? project::bindingsCsv(*project)
                             : format == QLatin1String("faceplate-v1") ? project::exportFaceplate(*project)
                                                                       : project::exportFaceplateObjects(*project, faceplate);
    return writeFile(output, bytes, err) ? ExitCode::Ok : ExitCode::Failure;
}

int runImport(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    QString file, output;
    QHash<QString, QString> values;
    if (!fileAndOutput(arguments, FaceplateOptions, &file, &output, &values) || output.isEmpty()) {
        err << "usage: mbus-cli import FACEPLATE.json -o PROJECT.mbwproj [--keymap FILE] [--tags-root FOLDER]\n"
               "  Reads a Faceplate folder export (one connection or a folder of several) or the\n"
               "  workbench's earlier JSON into a project. A malformed file is refused and nothing\n"
               "  is written.\n";
        return arguments.contains(QLatin1String("--help")) ? ExitCode::Ok : ExitCode::Usage;
    }
    project::FaceplateObjectOptions faceplate;
    if (!faceplateOptions(values, &faceplate, err))
        return ExitCode::Usage;
    const InputFile input = readInputFile(file, 64 * 1024 * 1024); // a project of thousands of connections is a few MiB
    if (!input.ok) {
        err << "error: " << input.errorText << '\n';
        return ExitCode::Usage;
    }
    QString error;
    auto project = project::looksLikeFaceplateObjects(input.data) ? project::importFaceplateObjects(input.data, faceplate, &error)
                                                                  : project::importFaceplate(input.data, &error);
    if (!project) {
        err << "error: " << file << ": " << error << "; nothing was written\n";
        return ExitCode::Failure;
    }
    // The rules of validate, the forms and poll: a file with errors is not taken in silently.
    const QList<project::Finding> findings = project::validate(*project);
    printFindings(findings, err);
    if (project::hasErrors(findings)) {
        err << "error: " << file << " has values no M-Bus connection can use; nothing was written\n";
        return ExitCode::Failure;
    }
    return writeFile(output, project::projectToJson(*project), err) ? ExitCode::Ok : ExitCode::Failure;
}

} // namespace mbus::cli
