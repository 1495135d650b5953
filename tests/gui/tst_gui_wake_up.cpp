// The Wake-up group on the connection form (the connection's defaults) and on the meter page
// (fields the meter overrides; an empty field and the check box's middle state inherit): edits
// land in the project, undoably; typed text is never changed behind the user's back.
#include "GuiTestSupport.h"

#include "project/ConnectionForm.h"
#include "window/EngineHost.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "project/WakeUpEditor.h"
#include "common/NumberField.h"
#include "project/FindingsLabel.h"

#include <QCheckBox>
#include <QTest>

using namespace mbus;

class TestGuiWakeUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_document = std::make_unique<ui::ProjectDocument>();
        m_host = std::make_unique<ui::EngineHost>();
        m_document->reset(test::demoProject(), QString());
        m_pane = std::make_unique<ui::ProjectPane>(m_document.get(), m_host.get());
        m_pane->show();
    }

    void cleanup()
    {
        m_pane.reset();
        m_host.reset();
        m_document.reset();
    }

    static void type(ui::NumberField *field, const QString &text)
    {
        field->selectAll();
        if (text.isEmpty())
            QTest::keyClick(field, Qt::Key_Delete);
        else
            QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    void connectionFieldsWriteTheDefaults()
    {
        m_pane->selectConnection(0);
        ui::WakeUpEditor *editor = m_pane->connectionForm()->wakeUp();
        QVERIFY(editor->isVisible());
        // Out of range: kept as typed, and the form says why it is wrong (no spin box clamping).
        type(editor->preamble(), QStringLiteral("5000"));
        QCOMPARE(m_document->project().connections.at(0).wakeUp.preambleCharacters, 5000);
        editor = m_pane->connectionForm()->wakeUp();
        QCOMPARE(editor->preamble()->text(), QStringLiteral("5000"));
        auto *findings = m_pane->connectionForm()->findings();
        QVERIFY2(findings->text().contains(QStringLiteral("5000 characters is outside 0..2000")), qPrintable(findings->text()));

        // No number: the text stays, nothing is applied, the finding says what the project keeps.
        type(editor->preamble(), QStringLiteral("52x"));
        QCOMPARE(m_document->project().connections.at(0).wakeUp.preambleCharacters, 5000);
        QCOMPARE(editor->preamble()->text(), QStringLiteral("52x"));
        auto *typing = editor->findChild<ui::FindingsLabel *>();
        QVERIFY(typing->isVisible());
        QVERIFY2(typing->text().contains(QStringLiteral("not a number")) && typing->text().contains(QStringLiteral("5000")),
                 qPrintable(typing->text()));

        type(editor->preamble(), QStringLiteral("528"));
        QVERIFY(!typing->isVisible());
        editor = m_pane->connectionForm()->wakeUp();
        editor->resetBeforeRead()->click();
        type(editor->extraMargin(), QStringLiteral("250"));
        const project::WakeUpOptions expected{528, true, 250};
        QVERIFY(m_document->project().connections.at(0).wakeUp == expected);

        m_document->undoStack()->undo(); // the margin
        QCOMPARE(m_document->project().connections.at(0).wakeUp.extraMarginMs, 0);
        QCOMPARE(m_pane->connectionForm()->wakeUp()->extraMargin()->text(), QStringLiteral("0"));
    }

    void meterFieldsOverrideAndInherit()
    {
        project::Project p = m_document->project();
        p.connections[0].wakeUp = project::WakeUpOptions{528, false, 100};
        m_document->apply(p, QStringLiteral("defaults"));
        m_pane->selectMeter(0, 3);
        ui::WakeUpEditor *editor = m_pane->meterWakeUp();
        QVERIFY(editor->isVisible());
        // Nothing overridden: every field inherits, and says what it inherits.
        QVERIFY(editor->preamble()->text().isEmpty());
        QVERIFY2(editor->preamble()->placeholderText().contains(QStringLiteral("528")), qPrintable(editor->preamble()->placeholderText()));
        QCOMPARE(editor->resetBeforeRead()->checkState(), Qt::PartiallyChecked);

        type(editor->extraMargin(), QStringLiteral("3000"));
        const project::Connection *c = &m_document->project().connections.at(0);
        QVERIFY(c->wakeUpFor(3) == (project::WakeUpOptions{528, false, 3000}));

        editor = m_pane->meterWakeUp();
        editor->resetBeforeRead()->setCheckState(Qt::Checked);
        c = &m_document->project().connections.at(0);
        QVERIFY(c->wakeUpFor(3) == (project::WakeUpOptions{528, true, 3000}));
        QVERIFY(c->wakeUpFor(4) == c->wakeUp); // other meters keep the defaults

        editor = m_pane->meterWakeUp();
        type(editor->extraMargin(), QString()); // emptied: back to inheriting
        c = &m_document->project().connections.at(0);
        QVERIFY(c->wakeUpFor(3) == (project::WakeUpOptions{528, true, 100}));
        for (const project::Meter &m : c->meters) {
            if (m.address == 3)
                QVERIFY(!m.wakeUp.extraMarginMs.has_value());
        }
    }

private:
    std::unique_ptr<ui::ProjectDocument> m_document;
    std::unique_ptr<ui::EngineHost> m_host;
    std::unique_ptr<ui::ProjectPane> m_pane;
};

QTEST_MAIN(TestGuiWakeUp)
#include "tst_gui_wake_up.moc"
