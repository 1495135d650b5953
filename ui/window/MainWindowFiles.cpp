// The main window's file handling: the demo, open, save, the unsaved-changes guard, the
// Faceplate import and the exports. Menus, docks and the bus actions are in MainWindow.cpp.
#include "window/MainWindow.h"

#include "window/EngineHost.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "window/FaceplateSettings.h"
#include "window/RecentFiles.h"

#include "common/AtomicFile.h"
#include "project/CsvExport.h"
#include "project/FaceplateFormat.h"
#include "project/FaceplateObjects.h"
#include "project/ProjectFile.h"
#include "project/Validation.h"

#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QStatusBar>

namespace mbus::ui {

namespace {
const auto ProjectFilter = QT_TRANSLATE_NOOP("mbus::ui::MainWindow", "M-Bus Workbench projects (*.mbwproj)");
constexpr int DemoPeriodMs = 10000; // the simulated demo shows live values without a minute's wait
} // namespace

void MainWindow::openDemo()
{
    QFile file(QStringLiteral(":/mbus/projects/demo.mbwproj"));
    QString error;
    std::optional<project::Project> demo;
    if (file.open(QIODevice::ReadOnly))
        demo = project::projectFromJson(file.readAll(), &error);
    if (!demo) {
        showError(tr("Demo"), tr("The demo project cannot be read: %1").arg(error));
        return;
    }
    for (project::Connection &c : demo->connections)
        c.periodMs = DemoPeriodMs;
    // Something moving on the trend from the first minute, unless the demo names its own tags.
    if (demo->trendTags.isEmpty())
        demo->trendTags = {QStringLiteral("demo.heat.flow_temperature"), QStringLiteral("demo.heat.return_temperature"),
                           QStringLiteral("demo.heat.power")};
    m_host->stopAll();
    setSimulated(true);
    m_document->reset(*demo, QString());
    m_host->startAll();
    m_pane->selectMeter(0, 1);
    updateStatus();
}

bool MainWindow::openProject(const QString &path, QString *errorText)
{
    const auto project = project::loadProject(path, errorText);
    if (!project)
        return false;
    m_host->stopAll();
    setSimulated(false); // a real project talks to its real bus unless the user says otherwise
    m_document->reset(*project, path);
    m_recent->add(path);
    QSettings().setValue(QStringLiteral("lastProject"), QFileInfo(path).absoluteFilePath());
    // A project that is ready polls at once (its enabled connections); one with errors waits for
    // the user, and the banner says why.
    if (!project::hasErrors(project::validate(*project)))
        m_host->startAll();
    updateStatus();
    return true;
}

bool MainWindow::saveProject(const QString &path, QString *errorText)
{
    if (!m_document->save(path, errorText))
        return false;
    m_recent->add(path);
    QSettings().setValue(QStringLiteral("lastProject"), QFileInfo(path).absoluteFilePath());
    return true;
}

namespace {
// The errors, grouped as the engineer walks the bus: per connection, its own findings first, then
// per meter (address) the findings of the meter and of the bindings on it.
QString findingsText(const project::Project &project, const QList<project::Finding> &findings)
{
    QStringList lines;
    QSet<int> shown;
    const auto take = [&](const QString &where, const QString &indent) {
        for (int i = 0; i < findings.size(); ++i) {
            const project::Finding &f = findings.at(i);
            if (shown.contains(i) || f.severity != project::Finding::Severity::Error || !f.where.startsWith(where))
                continue;
            shown.insert(i);
            lines << indent + MainWindow::tr("%1: %2: %3").arg(f.where, f.fieldText(), f.message);
        }
    };
    for (const project::Connection &c : project.connections) {
        const int before = int(lines.size());
        lines << MainWindow::tr("Connection \"%1\":").arg(c.name);
        take(project::connectionWhere(c.name), QStringLiteral("  "));
        for (const project::Meter &m : c.allMeters()) {
            const int atMeter = int(lines.size());
            lines << MainWindow::tr("  Meter %1:").arg(m.address);
            take(project::meterWhere(m.address, c.name), QStringLiteral("    "));
            for (const project::Binding &b : c.bindings) {
                if (b.address == m.address)
                    take(project::bindingWhere(b.name, c.name), QStringLiteral("    "));
            }
            if (lines.size() == atMeter + 1)
                lines.removeLast();
        }
        for (const project::Binding &b : c.bindings) // bound where no meter is (address out of range)
            take(project::bindingWhere(b.name, c.name), QStringLiteral("  "));
        if (lines.size() == before + 1)
            lines.removeLast();
    }
    take(QString(), QString()); // anything else
    return lines.join(QLatin1Char('\n'));
}
} // namespace

bool MainWindow::exportFaceplate(const QString &path, QString *errorText)
{
    const QList<project::Finding> findings = project::validate(m_document->project());
    if (project::hasErrors(findings)) {
        *errorText = tr("The project has errors; nothing was written.\n%1").arg(findingsText(m_document->project(), findings));
        return false;
    }
    // Faceplate's folder-export object format, as mbus-cli export writes it by default, with the
    // folders and key map of the Faceplate export settings.
    const auto options = faceplateOptionsFromSettings(errorText);
    if (!options)
        return false;
    return writeFileAtomically(path, project::exportFaceplateObjects(m_document->project(), *options), errorText);
}

bool MainWindow::exportBindingsCsv(const QString &path, QString *errorText)
{
    const QList<project::Finding> findings = project::validate(m_document->project());
    if (project::hasErrors(findings)) {
        *errorText = tr("The project has errors; nothing was written.\n%1").arg(findingsText(m_document->project(), findings));
        return false;
    }
    return writeFileAtomically(path, project::bindingsCsv(m_document->project()), errorText);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The project has changes that are not saved. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_host->stopAll();
    event->accept();
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    m_host->stopAll();
    setSimulated(false);
    project::Project empty;
    empty.name = tr("New project");
    m_document->reset(empty, QString());
    m_pane->addConnection();
    m_document->undoStack()->clear(); // the first connection is part of "new", not an edit
    updateStatus();
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr(ProjectFilter));
    QString error;
    if (!path.isEmpty() && !openProject(path, &error))
        showError(tr("Open project"), error);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!saveProject(m_document->filePath(), &error)) {
        showError(tr("Save project"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_document->filePath(), tr(ProjectFilter));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".mbwproj")))
        path += QLatin1String(".mbwproj");
    QString error;
    if (!saveProject(path, &error)) {
        showError(tr("Save project"), error);
        return false;
    }
    return true;
}

void MainWindow::importFaceplateWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Faceplate configuration"), QString(),
                                                      tr("Faceplate M-Bus configuration (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    std::optional<project::Project> imported;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else {
        const QByteArray json = file.read(64 * 1024 * 1024);
        const auto options = faceplateOptionsFromSettings(&error);
        if (options)
            imported = project::looksLikeFaceplateObjects(json) ? project::importFaceplateObjects(json, *options, &error)
                                                                : project::importFaceplate(json, &error);
    }
    if (!imported) {
        showError(tr("Import"), tr("%1 cannot be imported: %2").arg(path, error));
        return;
    }
    m_host->stopAll();
    setSimulated(false);
    m_document->reset(*imported, QString());
    updateStatus();
}

void MainWindow::exportWithDialog(bool faceplate)
{
    // The project is checked before a file is asked for: nothing to choose when nothing can go.
    const QList<project::Finding> findings = project::validate(m_document->project());
    if (project::hasErrors(findings)) {
        showError(tr("Export"), tr("The project has errors; fix them first.\n%1").arg(findingsText(m_document->project(), findings)));
        return;
    }
    // A name to start from: the project file's, else the project's, beside the project file.
    const QString suffix = faceplate ? QStringLiteral(".json") : QStringLiteral(".csv");
    const QFileInfo file(m_document->filePath());
    QString base = file.filePath().isEmpty() ? m_document->project().name : file.completeBaseName();
    if (base.trimmed().isEmpty())
        base = QStringLiteral("mbus");
    const QString proposed = (file.filePath().isEmpty() ? QString() : file.absolutePath() + QLatin1Char('/'))
                             + base + (faceplate ? QStringLiteral("-faceplate") : QStringLiteral("-bindings")) + suffix;
    QString path = faceplate ? QFileDialog::getSaveFileName(this, tr("Export Faceplate configuration"), proposed,
                                                            tr("Faceplate M-Bus configuration (*.json)"))
                             : QFileDialog::getSaveFileName(this, tr("Export bindings"), proposed, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    const bool ok = faceplate ? exportFaceplate(path, &error) : exportBindingsCsv(path, &error);
    if (!ok)
        showError(tr("Export"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

} // namespace mbus::ui
