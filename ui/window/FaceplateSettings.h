#pragma once

#include "project/FaceplateObjects.h"

#include <QDialog>

class QLineEdit;

// Where the Faceplate export puts things on site (root folder, tags root and field) and which key
// map it uses, kept in the user's settings; the export and import of the window use them.
namespace mbus::ui {

// The options as set; a key map file that cannot be read is an error (the built-in map is not
// used silently in its place).
std::optional<project::FaceplateObjectOptions> faceplateOptionsFromSettings(QString *errorText);

class FaceplateSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FaceplateSettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_root;
    QLineEdit *m_tagsRoot;
    QLineEdit *m_tagField;
    QLineEdit *m_keyMap;
};

} // namespace mbus::ui
