#pragma once

#include "commission/SurveyToProject.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

// Asks whether tags that name a moved meter's old address ("water0.volume") take its new one: asked
// by the commissioning assistant and by the meter view's Set address, which move meters alike.
namespace mbus::ui {

class TagRenameQuestion
{
    Q_DECLARE_TR_FUNCTIONS(mbus::ui::TagRenameQuestion)

public:
    // True when the user wants renames applied; no question (false) when there are none.
    static bool ask(QWidget *parent, const QList<commission::TagRename> &renames);
};

} // namespace mbus::ui
