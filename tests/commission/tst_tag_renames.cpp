// Tags that name a moved meter's old address follow it when the user agrees (issue 14: tags keep
// "water0.*" after the assistant moves the meter); other tags are left alone.
#include "commission/SurveyToProject.h"

#include <QTest>

using namespace mbus;

class TestTagRenames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsNamingTheOldAddressFollowTheMove()
    {
        project::Connection before;
        before.name = QStringLiteral("Riser");
        const auto binding = [](const char *tag, int address) {
            project::Binding b;
            b.name = QString::fromLatin1(tag);
            b.tag = QString::fromLatin1(tag);
            b.address = address;
            return b;
        };
        before.bindings << binding("water0.volume", 0) << binding("water01.volume", 0) << binding("riser.flow", 0)
                        << binding("heat3.energy", 3) << binding("water0.flow", 0);
        project::Connection after = before;
        for (project::Binding &b : after.bindings) {
            if (b.address == 0)
                b.address = 5;
        }
        project::Project p;
        project::Connection other;
        other.bindings << binding("water5.flow", 5); // taken elsewhere: not renamed into a duplicate
        p.connections << before << other;

        const QList<commission::TagRename> renames = commission::tagRenamesForMovedMeters(before, after, p);
        QCOMPARE(renames.size(), 1);
        QCOMPARE(renames.first().from, QStringLiteral("water0.volume"));
        QCOMPARE(renames.first().to, QStringLiteral("water5.volume"));
        commission::applyTagRenames(after, renames);
        QCOMPARE(after.bindings.at(0).tag, QStringLiteral("water5.volume"));
        QCOMPARE(after.bindings.at(1).tag, QStringLiteral("water01.volume")); // address 1, not 0
        QCOMPARE(after.bindings.at(2).tag, QStringLiteral("riser.flow"));
        QCOMPARE(after.bindings.at(3).tag, QStringLiteral("heat3.energy")); // not moved
        QCOMPARE(after.bindings.at(4).tag, QStringLiteral("water0.flow"));
    }
};

QTEST_GUILESS_MAIN(TestTagRenames)
#include "tst_tag_renames.moc"
