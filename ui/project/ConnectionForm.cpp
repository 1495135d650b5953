#include "ConnectionForm.h"

#include "common/NumberField.h"
#include "project/ChannelEditor.h"
#include "project/FaceplateObjects.h"
#include "project/FindingsLabel.h"
#include "project/WakeUpEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mbus::ui {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_period(new NumberField(NumberField::Kind::Integer, this))
    , m_shutdownTimeout(new NumberField(NumberField::Kind::Integer, this))
    , m_groupRequests(new QCheckBox(tr("Support for group requests"), this))
    , m_maxPackageLength(new NumberField(NumberField::Kind::Integer, this))
    , m_lineDelayRatio(new NumberField(NumberField::Kind::Decimal, this))
    , m_enabled(new QCheckBox(tr("Polled"), this))
    , m_channel(new ChannelEditor(this))
    , m_backupBox(new QGroupBox(tr("Backup connection (redundancy)"), this))
    , m_backupObject(new QLabel(m_backupBox))
    , m_backup(new ChannelEditor(m_backupBox))
    , m_failover(new NumberField(NumberField::Kind::Integer, m_backupBox))
    , m_return(new NumberField(NumberField::Kind::Integer, m_backupBox))
    , m_wakeUp(new WakeUpEditor(WakeUpEditor::Mode::Defaults, this))
    , m_findings(new FindingsLabel(this))
{
    // Names for tests and style sheets.
    m_name->setObjectName(QStringLiteral("name"));
    m_title->setObjectName(QStringLiteral("title"));
    m_shutdownTimeout->setObjectName(QStringLiteral("shutdownTimeout"));
    m_groupRequests->setObjectName(QStringLiteral("groupRequests"));
    m_maxPackageLength->setObjectName(QStringLiteral("maxPackageLength"));
    m_lineDelayRatio->setObjectName(QStringLiteral("lineDelayRatio"));
    m_backupObject->setObjectName(QStringLiteral("backupObject"));
    m_backupObject->setWordWrap(true);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_backup->setObjectName(QStringLiteral("backupChannel"));
    m_period->setObjectName(QStringLiteral("period"));
    m_enabled->setObjectName(QStringLiteral("polled"));
    m_backupBox->setObjectName(QStringLiteral("backup"));
    m_failover->setObjectName(QStringLiteral("failover"));
    m_return->setObjectName(QStringLiteral("returnAfter"));
    m_period->setToolTip(tr("M-Bus is slow and battery meters drain: 60000 ms or more"));
    m_backupBox->setCheckable(true);

    auto *general = new QFormLayout;
    general->addRow(tr("Name"), m_name);
    general->addRow(tr("Title"), m_title);
    general->addRow(tr("Period (ms)"), m_period);
    general->addRow(QString(), m_enabled);
    general->addRow(tr("Shutdown timeout (ms)"), m_shutdownTimeout);
    general->addRow(QString(), m_groupRequests);
    general->addRow(tr("Max. package length"), m_maxPackageLength);
    general->addRow(tr("Line Delay Ratio"), m_lineDelayRatio);
    auto *backupForm = new QFormLayout(m_backupBox);
    backupForm->addRow(m_backupObject);
    backupForm->addRow(m_backup);
    backupForm->addRow(tr("Switch to backup after (failed cycles)"), m_failover);
    backupForm->addRow(tr("Try master again after (cycles)"), m_return);
    m_findings->watch(m_period, QT_TRANSLATE_NOOP("mbus::project::Field", "Period"));
    m_findings->watch(m_shutdownTimeout, QT_TRANSLATE_NOOP("mbus::project::Field", "Shutdown timeout"));
    m_findings->watch(m_maxPackageLength, QT_TRANSLATE_NOOP("mbus::project::Field", "Max. package length"));
    m_findings->watch(m_lineDelayRatio, QT_TRANSLATE_NOOP("mbus::project::Field", "Line Delay Ratio"));
    m_findings->watch(m_failover, QT_TRANSLATE_NOOP("mbus::project::Field", "Redundancy"));
    m_findings->watch(m_return, QT_TRANSLATE_NOOP("mbus::project::Field", "Redundancy"));
    m_channel->reportTypingTo(m_findings);
    m_backup->reportTypingTo(m_findings);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(m_channel);
    layout->addWidget(m_backupBox);
    layout->addWidget(m_wakeUp);
    layout->addWidget(m_findings);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_title, &QLineEdit::editingFinished, this, &ConnectionForm::emitEdited);
    for (NumberField *field : {m_period, m_shutdownTimeout, m_maxPackageLength, m_lineDelayRatio, m_failover, m_return})
        connect(field, &QLineEdit::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_groupRequests, &QCheckBox::clicked, this, &ConnectionForm::emitEdited);
    connect(m_enabled, &QCheckBox::toggled, this, &ConnectionForm::emitEdited);
    connect(m_channel, &ChannelEditor::edited, this, &ConnectionForm::emitEdited);
    connect(m_backup, &ChannelEditor::edited, this, &ConnectionForm::emitEdited);
    connect(m_backupBox, &QGroupBox::toggled, this, &ConnectionForm::emitEdited);
    connect(m_wakeUp, &WakeUpEditor::edited, this, &ConnectionForm::emitEdited);
}

void ConnectionForm::setConnection(const project::Connection &c)
{
    m_connection = c;
    const QSignalBlocker b1(m_enabled);
    const QSignalBlocker b2(m_backupBox);
    m_name->setText(c.name);
    m_title->setText(c.title);
    m_period->setInteger(c.periodMs);
    m_shutdownTimeout->setInteger(c.shutdownTimeoutMs);
    m_groupRequests->setChecked(c.groupRequests);
    m_maxPackageLength->setInteger(c.maxPackageLength);
    m_lineDelayRatio->setNumber(c.lineDelayRatio);
    m_enabled->setChecked(c.enabled);
    m_channel->setChannel(c.channel);
    m_backupBox->setChecked(c.backup.has_value());
    m_backup->setChannel(c.backup.value_or(c.channel));
    m_backupObject->setText(tr("Exported to Faceplate as the connection \"%1\" whose Master connection is \"%2\"")
                                .arg(project::faceplateBackupName(c.name), c.name));
    m_failover->setInteger(c.failoverAfterCycles);
    m_return->setInteger(c.returnAfterCycles);
    m_wakeUp->setValues(project::allFieldsOf(c.wakeUp));
}

project::Connection ConnectionForm::connection() const
{
    project::Connection c = m_connection;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    // A field whose text is no number keeps the value it had; its finding says so.
    c.periodMs = m_period->integer().value_or(c.periodMs);
    c.shutdownTimeoutMs = m_shutdownTimeout->integer().value_or(c.shutdownTimeoutMs);
    c.groupRequests = m_groupRequests->isChecked();
    c.maxPackageLength = m_maxPackageLength->integer().value_or(c.maxPackageLength);
    c.lineDelayRatio = m_lineDelayRatio->number().value_or(c.lineDelayRatio);
    c.enabled = m_enabled->isChecked();
    c.channel = m_channel->channel();
    c.backup = m_backupBox->isChecked() ? std::optional<project::Channel>(m_backup->channel()) : std::nullopt;
    c.failoverAfterCycles = m_failover->integer().value_or(c.failoverAfterCycles);
    c.returnAfterCycles = m_return->integer().value_or(c.returnAfterCycles);
    c.wakeUp = m_wakeUp->values().over(c.wakeUp);
    return c;
}

void ConnectionForm::emitEdited()
{
    if (m_findings->hasTypingProblems())
        return; // the text stays in its field with a finding until it is a number
    const project::Connection edited = connection();
    if (!(edited == m_connection))
        Q_EMIT this->edited(edited);
}

void ConnectionForm::showFindings(const QList<project::Finding> &findings)
{
    m_findings->showFindings(findings, project::connectionWhere(m_connection.name));
}

void ConnectionForm::setSerialPorts(const QStringList &ports)
{
    m_channel->setSerialPorts(ports);
    m_backup->setSerialPorts(ports);
}

} // namespace mbus::ui
