#include "ConnectionForm.h"

#include "project/ChannelEditor.h"
#include "project/FindingsLabel.h"
#include "project/WakeUpEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mbus::ui {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_period(new QSpinBox(this))
    , m_shutdownTimeout(new QSpinBox(this))
    , m_groupRequests(new QCheckBox(tr("Support for group requests"), this))
    , m_maxPackageLength(new QSpinBox(this))
    , m_lineDelayRatio(new QLineEdit(this))
    , m_attempts(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Polled"), this))
    , m_channel(new ChannelEditor(this))
    , m_backupBox(new QGroupBox(tr("Backup channel (redundancy)"), this))
    , m_backup(new ChannelEditor(m_backupBox))
    , m_failover(new QSpinBox(m_backupBox))
    , m_return(new QSpinBox(m_backupBox))
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
    m_attempts->setObjectName(QStringLiteral("attempts"));
    // Faceplate's driver settings: kept and exported as set; the ranges let a finding say why a
    // value is wrong instead of a spin box changing it.
    m_shutdownTimeout->setRange(0, 86400000);
    m_shutdownTimeout->setSingleStep(1000);
    m_shutdownTimeout->setSuffix(tr(" ms"));
    m_maxPackageLength->setRange(0, 100000);
    m_attempts->setRange(0, 100);
    m_attempts->setToolTip(tr("Faceplate's attempts: tries per request on the master channel"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_backup->setObjectName(QStringLiteral("backupChannel"));
    m_period->setObjectName(QStringLiteral("period"));
    m_enabled->setObjectName(QStringLiteral("polled"));
    m_backupBox->setObjectName(QStringLiteral("backup"));
    m_failover->setObjectName(QStringLiteral("failover"));
    m_return->setObjectName(QStringLiteral("returnAfter"));
    m_period->setRange(0, 86400000);
    m_period->setSingleStep(10000);
    m_period->setSuffix(tr(" ms"));
    m_period->setToolTip(tr("M-Bus is slow and battery meters drain: 60000 ms or more"));
    m_backupBox->setCheckable(true);
    m_failover->setRange(1, 100);
    m_failover->setSuffix(tr(" failed cycles"));
    m_return->setRange(1, 1000);
    m_return->setSuffix(tr(" cycles"));

    auto *general = new QFormLayout;
    general->addRow(tr("Name"), m_name);
    general->addRow(tr("Title"), m_title);
    general->addRow(tr("Period"), m_period);
    general->addRow(QString(), m_enabled);
    general->addRow(tr("Shutdown timeout"), m_shutdownTimeout);
    general->addRow(QString(), m_groupRequests);
    general->addRow(tr("Max. package length"), m_maxPackageLength);
    general->addRow(tr("Line Delay Ratio"), m_lineDelayRatio);
    general->addRow(tr("Attempts"), m_attempts);
    auto *backupForm = new QFormLayout(m_backupBox);
    backupForm->addRow(m_backup);
    backupForm->addRow(tr("Switch to backup after"), m_failover);
    backupForm->addRow(tr("Try master again after"), m_return);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(m_channel);
    layout->addWidget(m_backupBox);
    layout->addWidget(m_wakeUp);
    layout->addWidget(m_findings);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_period, &QSpinBox::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_title, &QLineEdit::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_lineDelayRatio, &QLineEdit::editingFinished, this, &ConnectionForm::emitEdited);
    for (QSpinBox *box : {m_shutdownTimeout, m_maxPackageLength, m_attempts})
        connect(box, &QSpinBox::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_groupRequests, &QCheckBox::clicked, this, &ConnectionForm::emitEdited);
    connect(m_enabled, &QCheckBox::toggled, this, &ConnectionForm::emitEdited);
    connect(m_channel, &ChannelEditor::edited, this, &ConnectionForm::emitEdited);
    connect(m_backup, &ChannelEditor::edited, this, &ConnectionForm::emitEdited);
    connect(m_backupBox, &QGroupBox::toggled, this, &ConnectionForm::emitEdited);
    connect(m_failover, &QSpinBox::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_return, &QSpinBox::editingFinished, this, &ConnectionForm::emitEdited);
    connect(m_wakeUp, &WakeUpEditor::edited, this, &ConnectionForm::emitEdited);
}

void ConnectionForm::setConnection(const project::Connection &c)
{
    m_connection = c;
    const QSignalBlocker b1(m_enabled);
    const QSignalBlocker b2(m_backupBox);
    m_name->setText(c.name);
    m_title->setText(c.title);
    m_period->setValue(c.periodMs);
    m_shutdownTimeout->setValue(c.shutdownTimeoutMs);
    m_groupRequests->setChecked(c.groupRequests);
    m_maxPackageLength->setValue(c.maxPackageLength);
    m_lineDelayRatio->setText(locale().toString(c.lineDelayRatio, 'g', 12));
    m_attempts->setValue(c.channel.attempts);
    m_enabled->setChecked(c.enabled);
    m_channel->setChannel(c.channel);
    m_backupBox->setChecked(c.backup.has_value());
    m_backup->setChannel(c.backup.value_or(c.channel));
    m_failover->setValue(c.failoverAfterCycles);
    m_return->setValue(c.returnAfterCycles);
    m_wakeUp->setValues(project::allFieldsOf(c.wakeUp));
}

project::Connection ConnectionForm::connection() const
{
    project::Connection c = m_connection;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    c.periodMs = m_period->value();
    c.shutdownTimeoutMs = m_shutdownTimeout->value();
    c.groupRequests = m_groupRequests->isChecked();
    c.maxPackageLength = m_maxPackageLength->value();
    bool ok = false;
    double ratio = locale().toDouble(m_lineDelayRatio->text().trimmed(), &ok);
    if (!ok)
        ratio = QLocale::c().toDouble(m_lineDelayRatio->text().trimmed(), &ok);
    if (ok)
        c.lineDelayRatio = ratio; // else the value it had (the field shows it again)
    c.enabled = m_enabled->isChecked();
    c.channel = m_channel->channel();
    c.channel.attempts = m_attempts->value();
    c.backup = m_backupBox->isChecked() ? std::optional<project::Channel>(m_backup->channel()) : std::nullopt;
    c.failoverAfterCycles = m_failover->value();
    c.returnAfterCycles = m_return->value();
    c.wakeUp = m_wakeUp->values().over(c.wakeUp);
    return c;
}

void ConnectionForm::emitEdited()
{
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
