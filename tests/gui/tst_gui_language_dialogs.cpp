// Languages as a user switches them: the Language menu stores the choice and offers "Restart now",
// which goes through the window's normal close (the unsaved-changes question) before a restart is
// requested; in Russian and German no dialog cuts a label, button or check box; medium names
// reach the scan results translated, and a word (medium, quality, RUN/STOP) has one translation
// wherever the interface uses it.
#include "GuiTestSupport.h"

#include "commission/CommissioningWizard.h"
#include "help/HelpBrowser.h"
#include "meter/CreateBindingsDialog.h"
#include "meter/MeterSettingsDialogs.h"
#include "project/ProjectDocument.h"
#include "scan/ScanDialog.h"
#include "scan/ScanResultsModel.h"
#include "window/EngineHost.h"
#include "window/FaceplateSettings.h"
#include "window/MainWindow.h"
#include "window/Translations.h"

#include "bus/ScanResult.h"
#include "commission/MeterIdentity.h"
#include "commission/SurveyedMeter.h"
#include "decode/DataHeader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QUndoCommand>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace mbus;

namespace {

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QAction *languageAction(const QMainWindow &window, const QString &nativeName)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == nativeName)
                return a;
        }
    }
    return nullptr;
}

constexpr int MaxLineWidth = 640;

// Widgets of top that show less than their text needs; empty when none does.
QStringList clipped(QWidget *top)
{
    QStringList found;
    const auto name = [top](const QWidget *w, const QString &text) {
        return QStringLiteral("%1 %2 \"%3\" (%4 × %5, hint %6 × %7)")
            .arg(QLatin1String(top->metaObject()->className()), QLatin1String(w->metaObject()->className()), text.left(60))
            .arg(w->width())
            .arg(w->height())
            .arg(w->sizeHint().width())
            .arg(w->sizeHint().height());
    };
    if (top->width() < top->minimumSizeHint().width() || top->height() < top->minimumSizeHint().height())
        found << QStringLiteral("%1 is %2 × %3, below its minimum %4 × %5")
                     .arg(QLatin1String(top->metaObject()->className()))
                     .arg(top->width())
                     .arg(top->height())
                     .arg(top->minimumSizeHint().width())
                     .arg(top->minimumSizeHint().height());
    // A dialog wider or taller than a laptop's screen is cut by the screen.
    const QSize laptop(1366, 768 - 40);
    if (top->minimumSizeHint().width() > laptop.width() || top->minimumSizeHint().height() > laptop.height())
        found << QStringLiteral("%1 needs %2 × %3, more than a 1366 × 768 screen")
                     .arg(QLatin1String(top->metaObject()->className()))
                     .arg(top->minimumSizeHint().width())
                     .arg(top->minimumSizeHint().height());
    if (qEnvironmentVariableIsSet("MBUS_TEST_SIZES"))
        qInfo("%s %d x %d, minimum %d x %d", top->metaObject()->className(), top->width(), top->height(),
              top->minimumSizeHint().width(), top->minimumSizeHint().height());
    for (QLabel *l : top->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(top) || l->text().isEmpty())
            continue;
        const bool cut = l->wordWrap() ? l->height() < l->heightForWidth(l->width()) : l->width() < l->sizeHint().width();
        if (cut)
            found << name(l, l->text());
        // A sentence on one line makes the dialog as wide as the sentence is in the longest
        // language: long texts wrap.
        else if (!l->wordWrap() && l->sizeHint().width() > MaxLineWidth)
            found << name(l, l->text()) + QStringLiteral(": a long line without word wrap");
    }
    for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(top) || b->text().isEmpty())
            continue;
        if (qobject_cast<QPushButton *>(b) || qobject_cast<QCheckBox *>(b)) {
            if (b->width() < b->sizeHint().width())
                found << name(b, b->text());
        }
    }
    return found;
}

QStringList shownClipped(QWidget *top)
{
    top->show();
    if (!QTest::qWaitForWindowExposed(top))
        return {QStringLiteral("%1 not shown").arg(QLatin1String(top->metaObject()->className()))};
    QCoreApplication::processEvents();
    const QStringList found = clipped(top);
    top->hide();
    return found;
}

ui::MeterNaming heatMeterNaming()
{
    ui::MeterNaming m;
    m.name = QStringLiteral("Heat meter, flat 12");
    m.address = 5;
    m.secondary = QStringLiteral("670010012D2C3404");
    return m;
}

QList<engine::BindingProposal> proposals()
{
    engine::BindingProposal energy;
    energy.binding.name = QStringLiteral("Heat 5 Energy");
    energy.binding.tag = QStringLiteral("heat_67001001.energy");
    energy.binding.address = 5;
    energy.binding.index = 0;
    energy.binding.description = QStringLiteral("Energy [Wh]");
    engine::BindingProposal bound = energy;
    bound.binding.index = 1;
    bound.refusal = QStringLiteral("already bound as heat1.volume");
    return {energy, bound};
}

// One message of a .ts file with its context and translation (the first form of a plural).
struct Message
{
    QString context, source, translation;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            m = Message{context, xml.readElementText(), {}};
        else if (xml.name() == QLatin1String("translation") && xml.attributes().value(QLatin1String("numerus")).isEmpty())
            messages << Message{m.context, m.source, xml.readElementText(QXmlStreamReader::IncludeChildElements)};
    }
    return messages;
}

} // namespace

class TestLanguageDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        m_defaultRestart = ui::languageRestart();
    }
    void cleanup()
    {
        ui::languageRestart() = m_defaultRestart;
        removeTranslators();
        ui::setChosenLanguage(QString());
    }

    void installedLanguage();
    void choosingGermanAsksToRestart();
    void restartWaitsForUnsavedChanges();
    void noClippedTexts_data();
    void noClippedTexts();
    void scanAndSurveyNameTheMediumTranslated();
    void oneTranslationPerWord_data();
    void oneTranslationPerWord();

private:
    ui::LanguageRestart m_defaultRestart;
};

void TestLanguageDialogs::installedLanguage()
{
    QCOMPARE(ui::installedLanguage(), QStringLiteral("en"));
    ui::setChosenLanguage(QStringLiteral("ru"));
    QCOMPARE(ui::installTranslations(*qApp), QStringLiteral("ru"));
    QCOMPARE(ui::installedLanguage(), QStringLiteral("ru"));
    QCOMPARE(ui::HelpBrowser::installedLanguage(), QStringLiteral("ru"));
    removeTranslators(); // a removed translator is no longer the installed language
    QCOMPARE(ui::installedLanguage(), QStringLiteral("en"));
}

void TestLanguageDialogs::choosingGermanAsksToRestart()
{
    ui::setChosenLanguage(QStringLiteral("en"));
    ui::installTranslations(*qApp);
    int asked = 0;
    int restarts = 0;
    ui::LanguageRestart::Answer answer = ui::LanguageRestart::Answer::Later;
    QStringList storedWhenAsked;
    ui::languageRestart().ask = [&](QWidget *) {
        ++asked;
        storedWhenAsked << ui::chosenLanguage();
        return answer;
    };
    ui::languageRestart().restart = [&] { ++restarts; };

    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *deutsch = languageAction(window, QStringLiteral("Deutsch"));
    QVERIFY(deutsch);

    deutsch->trigger(); // "Later": stored, asked, nothing else
    QCOMPARE(ui::chosenLanguage(), QStringLiteral("de"));
    QCOMPARE(asked, 1);
    QCOMPARE(restarts, 0);
    QVERIFY(window.isVisible());

    languageAction(window, QStringLiteral("English"))->trigger(); // the running language: no question
    QCOMPARE(ui::chosenLanguage(), QStringLiteral("en"));
    QCOMPARE(asked, 1);

    answer = ui::LanguageRestart::Answer::RestartNow;
    window.document()->undoStack()->clear();
    deutsch->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(restarts, 1);
    QCOMPARE(storedWhenAsked, QStringList({QStringLiteral("de"), QStringLiteral("de")})); // stored before the question
    QVERIFY(!window.isVisible()); // closed the normal way before the restart
}

void TestLanguageDialogs::restartWaitsForUnsavedChanges()
{
    ui::setChosenLanguage(QStringLiteral("en"));
    ui::installTranslations(*qApp);
    int restarts = 0;
    ui::languageRestart().ask = [](QWidget *) { return ui::LanguageRestart::Answer::RestartNow; };
    ui::languageRestart().restart = [&] { ++restarts; };

    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->undoStack()->push(new QUndoCommand(QStringLiteral("an edit"))); // unsaved

    QString question;
    test::whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    languageAction(window, QStringLiteral("Русский"))->trigger();
    QVERIFY2(question.contains(QStringLiteral("not saved")), qPrintable(question));
    QCOMPARE(restarts, 0); // cancelled: no restart, the window stays
    QVERIFY(window.isVisible());
    QCOMPARE(ui::chosenLanguage(), QStringLiteral("ru")); // the choice holds for the next start

    test::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    languageAction(window, QStringLiteral("Русский"))->trigger();
    QCOMPARE(restarts, 1);
    QVERIFY(!window.isVisible());
}

void TestLanguageDialogs::noClippedTexts_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestLanguageDialogs::noClippedTexts()
{
    QFETCH(QString, code);
    ui::setChosenLanguage(code);
    QCOMPARE(ui::installTranslations(*qApp), code);
    QStringList problems;

    project::Project project = test::demoProject();
    QVERIFY(!project.connections.isEmpty());
    {
        ui::CreateBindingsDialog dialog(project, proposals());
        problems << shownClipped(&dialog);
    }
    {
        ui::ScanDialog dialog(nullptr, project.connections.first().name, project.connections.first().meters);
        problems << shownClipped(&dialog);
        dialog.setMode(ui::ScanDialog::Mode::Secondary);
        problems << shownClipped(&dialog);
    }
    {
        ui::FaceplateSettingsDialog dialog;
        problems << shownClipped(&dialog);
    }
    {
        ui::ReaddressDialog dialog(heatMeterNaming(), {{7, QStringLiteral("Water meter, flat 3")}});
        problems << shownClipped(&dialog);
    }
    {
        ui::MeterBaudDialog dialog(heatMeterNaming(), 2400);
        problems << shownClipped(&dialog);
    }
    {
        ui::HelpBrowser help;
        problems << shownClipped(&help);
    }
    {
        // Each page of the assistant as it opens on it, over a connection on the simulated bus.
        ui::ProjectDocument document;
        ui::EngineHost host;
        project::Project p;
        project::Connection c = project.connections.first();
        c.channel.serialPort = QStringLiteral("simulated");
        p.connections << c;
        document.reset(p, QString());
        host.setProject(document.project());
        for (int id : {ui::CommissioningWizard::LinePageId, ui::CommissioningWizard::AddressPageId,
                       ui::CommissioningWizard::BaudPageId, ui::CommissioningWizard::ReportPageId}) {
            ui::CommissioningWizard wizard(&document, &host, c.name);
            wizard.setStartId(id);
            wizard.show();
            QCOMPARE(wizard.currentId(), id);
            problems << shownClipped(&wizard);
            wizard.reject();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLanguageDialogs::scanAndSurveyNameTheMediumTranslated()
{
    ui::setChosenLanguage(QStringLiteral("ru"));
    QCOMPARE(ui::installTranslations(*qApp), QStringLiteral("ru"));
    ui::ScanResultsModel model;
    bus::ScanHit hit;
    hit.kind = bus::ScanHit::Kind::Found;
    hit.primaryAddress = 5;
    hit.secondary.medium = 0x04; // heat (outlet)
    model.addHit(hit);
    QCOMPARE(model.rowCount(), 1);
    const QString medium = QCoreApplication::translate("mbus::decode::Medium", "Heat (outlet)");
    QCOMPARE(medium, QStringLiteral("Тепло (обратный трубопровод)"));
    QCOMPARE(model.index(0, ui::ScanResultsModel::MediumColumn).data().toString(), medium);
    QVERIFY2(model.meterAt(0).name.contains(medium), qPrintable(model.meterAt(0).name));

    // The commissioning survey names it the same way.
    commission::SurveyedMeter surveyed;
    surveyed.secondary = hit.secondary;
    commission::describeFromSecondary(&surveyed);
    QCOMPARE(surveyed.medium, medium);
}

void TestLanguageDialogs::oneTranslationPerWord_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("de") << QStringLiteral("de");
}

// A medium, a quality or a connection state reads the same in the tree, the diagnostics, the
// trend, the scan and the survey: one translation per source text, whichever context has it.
void TestLanguageDialogs::oneTranslationPerWord()
{
    QFETCH(QString, code);
    const QList<Message> messages = readTs(QStringLiteral(MBUS_SOURCE_DIR "/translations/mbus_%1.ts").arg(code));
    QVERIFY(messages.size() > 600);
    QStringList words{QStringLiteral("good"), QStringLiteral("uncertain"), QStringLiteral("bad"), QStringLiteral("RUN"),
                      QStringLiteral("STOP"), QStringLiteral("Medium"), QStringLiteral("stale")};
    for (const Message &m : messages) {
        if (m.context == QLatin1String("mbus::decode::Medium"))
            words << m.source;
    }
    QMap<QString, QMap<QString, QString>> seen; // source -> translation -> context
    for (const Message &m : messages) {
        if (words.contains(m.source))
            seen[m.source].insert(m.translation, m.context);
    }
    QVERIFY(seen.contains(QStringLiteral("Heat (outlet)")));
    QStringList problems;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it->size() > 1) {
            QStringList variants;
            for (auto t = it->cbegin(); t != it->cend(); ++t)
                variants << QStringLiteral("\"%1\" in %2").arg(t.key(), t.value());
            problems << QStringLiteral("\"%1\": %2").arg(it.key(), variants.join(QStringLiteral(", ")));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestLanguageDialogs)
#include "tst_gui_language_dialogs.moc"
