#include "TagRenameQuestion.h"

#include <QMessageBox>

namespace mbus::ui {

bool TagRenameQuestion::ask(QWidget *parent, const QList<commission::TagRename> &renames)
{
    if (renames.isEmpty())
        return false;
    QStringList examples;
    for (const commission::TagRename &r : renames.mid(0, 5))
        examples << tr("%1 → %2").arg(r.from, r.to);
    if (renames.size() > 5)
        examples << tr("… and %n more", nullptr, int(renames.size() - 5));
    QMessageBox box(QMessageBox::Question, tr("Rename tags"),
                    tr("%n tag(s) name the old address of a meter that moved:\n%1\n\nRename them to the new address? "
                       "The tags in Faceplate must then have the new names.",
                       nullptr, int(renames.size()))
                        .arg(examples.join(QLatin1Char('\n'))),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("tagRenameQuestion"));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

} // namespace mbus::ui
