#include "FaceplateSettings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace mbus::ui {

namespace {
const QString RootKey = QStringLiteral("faceplate/root");
const QString TagsRootKey = QStringLiteral("faceplate/tagsRoot");
const QString TagFieldKey = QStringLiteral("faceplate/tagField");
const QString KeyMapKey = QStringLiteral("faceplate/keyMap");
} // namespace

std::optional<project::FaceplateObjectOptions> faceplateOptionsFromSettings(QString *errorText)
{
    const QSettings settings;
    project::FaceplateObjectOptions options;
    options.root = settings.value(RootKey, options.root).toString();
    options.tagsRoot = settings.value(TagsRootKey, options.tagsRoot).toString();
    options.tagField = settings.value(TagFieldKey, options.tagField).toString();
    const QString keyMap = settings.value(KeyMapKey).toString();
    if (!keyMap.isEmpty()) {
        QString error;
        const auto map = project::FaceplateKeyMap::fromFile(keyMap, &error);
        if (!map) {
            if (errorText)
                *errorText = FaceplateSettingsDialog::tr("the Faceplate key map %1: %2").arg(keyMap, error);
            return std::nullopt;
        }
        options.keyMap = *map;
    }
    return options;
}

FaceplateSettingsDialog::FaceplateSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_root(new QLineEdit(this))
    , m_tagsRoot(new QLineEdit(this))
    , m_tagField(new QLineEdit(this))
    , m_keyMap(new QLineEdit(this))
{
    setWindowTitle(tr("Faceplate export settings"));
    m_root->setObjectName(QStringLiteral("root"));
    m_tagsRoot->setObjectName(QStringLiteral("tagsRoot"));
    m_tagField->setObjectName(QStringLiteral("tagField"));
    m_keyMap->setObjectName(QStringLiteral("keyMap"));
    const project::FaceplateObjectOptions defaults;
    const QSettings settings;
    m_root->setText(settings.value(RootKey, defaults.root).toString());
    m_tagsRoot->setText(settings.value(TagsRootKey, defaults.tagsRoot).toString());
    m_tagField->setText(settings.value(TagFieldKey, defaults.tagField).toString());
    m_keyMap->setText(settings.value(KeyMapKey).toString());
    m_keyMap->setPlaceholderText(tr("built in (keys marked assumed: check them on site)"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Faceplate key map"), m_keyMap->text(), tr("Key map (*.json)"));
        if (!path.isEmpty())
            m_keyMap->setText(path);
    });
    auto *keyMapRow = new QHBoxLayout;
    keyMapRow->addWidget(m_keyMap, 1);
    keyMapRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Folder of the connections"), m_root);
    form->addRow(tr("Folder of the tags"), m_tagsRoot);
    form->addRow(tr("Field of a tag"), m_tagField);
    form->addRow(tr("Key map"), keyMapRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void FaceplateSettingsDialog::accept()
{
    const QString keyMap = m_keyMap->text().trimmed();
    QString error;
    if (!keyMap.isEmpty() && !project::FaceplateKeyMap::fromFile(keyMap, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("The key map cannot be used: %1").arg(error));
        return; // the dialog stays, with what was typed
    }
    const auto folder = [](const QLineEdit *edit) { return edit->text().trimmed(); };
    if (!folder(m_root).startsWith(QLatin1Char('/')) || !folder(m_tagsRoot).startsWith(QLatin1Char('/'))
        || folder(m_tagField).isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Folders are paths from the root (\"/root/...\"); the tag field is a field name."));
        return;
    }
    QSettings settings;
    settings.setValue(RootKey, folder(m_root));
    settings.setValue(TagsRootKey, folder(m_tagsRoot));
    settings.setValue(TagFieldKey, folder(m_tagField));
    settings.setValue(KeyMapKey, keyMap);
    QDialog::accept();
}

} // namespace mbus::ui
