#include "ChannelEditor.h"

#include "common/NumberField.h"
#include "project/FindingsLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>

namespace mbus::ui {

namespace {

const int BaudRates[] = {300, 600, 1200, 2400, 4800, 9600, 19200, 38400};

QComboBox *baudBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const int baud : BaudRates)
        box->addItem(QString::number(baud), baud);
    return box;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int at = box->findData(value);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

ChannelEditor::ChannelEditor(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_serialPort(new QComboBox(this))
    , m_baud(baudBox(this))
    , m_parity(new QComboBox(this))
    , m_dataBits(new QComboBox(this))
    , m_stopBits(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_tcpPort(new NumberField(NumberField::Kind::Integer, this))
    , m_busBaud(baudBox(this))
    , m_timeout(new NumberField(NumberField::Kind::Integer, this))
    , m_attempts(new NumberField(NumberField::Kind::Integer, this))
{
    // Names for tests and style sheets.
    m_type->setObjectName(QStringLiteral("type"));
    m_serialPort->setObjectName(QStringLiteral("serialPort"));
    m_baud->setObjectName(QStringLiteral("baud"));
    m_parity->setObjectName(QStringLiteral("parity"));
    m_dataBits->setObjectName(QStringLiteral("dataBits"));
    m_stopBits->setObjectName(QStringLiteral("stopBits"));
    m_host->setObjectName(QStringLiteral("host"));
    m_tcpPort->setObjectName(QStringLiteral("tcpPort"));
    m_busBaud->setObjectName(QStringLiteral("busBaud"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_attempts->setObjectName(QStringLiteral("attempts"));
    m_attempts->setToolTip(tr("Faceplate's attempts: tries per request (1 = no repeat)"));
    m_type->addItem(tr("serial"), int(project::ChannelType::Serial));
    m_type->addItem(tr("tcp"), int(project::ChannelType::Tcp));
    m_serialPort->setEditable(true);
    m_parity->addItem(tr("no"), int(link::Parity::None));
    m_parity->addItem(tr("even"), int(link::Parity::Even));
    m_parity->addItem(tr("odd"), int(link::Parity::Odd));
    m_dataBits->addItem(QStringLiteral("8"), 8);
    m_dataBits->addItem(QStringLiteral("7"), 7);
    m_stopBits->addItem(QStringLiteral("1"), 1);
    m_stopBits->addItem(QStringLiteral("2"), 2);
    m_host->setPlaceholderText(tr("IP address or host name of the gateway"));
    m_timeout->setToolTip(tr("How long to wait for a meter's answer"));

    auto *serial = new QWidget(m_pages);
    auto *serialForm = new QFormLayout(serial);
    serialForm->setContentsMargins(0, 0, 0, 0);
    serialForm->addRow(tr("Port"), m_serialPort);
    serialForm->addRow(tr("Baud rate"), m_baud);
    serialForm->addRow(tr("Parity"), m_parity);
    serialForm->addRow(tr("Data bits"), m_dataBits);
    serialForm->addRow(tr("Stop bits"), m_stopBits);
    auto *tcp = new QWidget(m_pages);
    auto *tcpForm = new QFormLayout(tcp);
    tcpForm->setContentsMargins(0, 0, 0, 0);
    tcpForm->addRow(tr("IP/Hostname"), m_host);
    tcpForm->addRow(tr("Port"), m_tcpPort);
    tcpForm->addRow(tr("Bus baud rate"), m_busBaud);
    m_pages->addWidget(serial);
    m_pages->addWidget(tcp);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Type"), m_type);
    form->addRow(m_pages);
    form->addRow(tr("Timeout (ms)"), m_timeout);
    form->addRow(tr("Attempts"), m_attempts);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_pages->setCurrentIndex(i);
        Q_EMIT edited();
    });
    for (QComboBox *box : {m_baud, m_parity, m_dataBits, m_stopBits, m_busBaud})
        connect(box, &QComboBox::activated, this, &ChannelEditor::edited);
    connect(m_serialPort->lineEdit(), &QLineEdit::editingFinished, this, &ChannelEditor::edited);
    connect(m_serialPort, &QComboBox::activated, this, &ChannelEditor::edited);
    connect(m_host, &QLineEdit::editingFinished, this, &ChannelEditor::edited);
    for (NumberField *field : {m_tcpPort, m_timeout, m_attempts})
        connect(field, &QLineEdit::editingFinished, this, &ChannelEditor::edited);
}

void ChannelEditor::setChannel(const project::Channel &c)
{
    m_shown = c; // what a field whose text is no number keeps
    const QSignalBlocker blockType(m_type);
    selectData(m_type, int(c.type));
    m_pages->setCurrentIndex(m_type->currentIndex());
    m_serialPort->setCurrentText(c.serialPort);
    selectData(m_baud, c.line.baud);
    selectData(m_parity, int(c.line.parity));
    selectData(m_dataBits, c.line.dataBits);
    selectData(m_stopBits, c.line.stopBits);
    m_host->setText(c.host);
    m_tcpPort->setInteger(c.tcpPort);
    selectData(m_busBaud, c.line.baud);
    m_timeout->setInteger(c.timeoutMs);
    m_attempts->setInteger(c.attempts);
}

project::Channel ChannelEditor::channel() const
{
    project::Channel c = m_shown;
    c.type = project::ChannelType(m_type->currentData().toInt());
    c.serialPort = m_serialPort->currentText().trimmed();
    c.line.baud = (c.type == project::ChannelType::Tcp ? m_busBaud : m_baud)->currentData().toInt();
    c.line.parity = link::Parity(m_parity->currentData().toInt());
    c.line.dataBits = m_dataBits->currentData().toInt();
    c.line.stopBits = m_stopBits->currentData().toInt();
    c.host = m_host->text().trimmed();
    c.tcpPort = m_tcpPort->integer().value_or(c.tcpPort);
    c.timeoutMs = m_timeout->integer().value_or(c.timeoutMs);
    c.attempts = m_attempts->integer().value_or(c.attempts);
    return c;
}

void ChannelEditor::reportTypingTo(FindingsLabel *findings)
{
    findings->watch(m_tcpPort, QT_TRANSLATE_NOOP("mbus::project::Field", "Port"));
    findings->watch(m_timeout, QT_TRANSLATE_NOOP("mbus::project::Field", "Timeout"));
    findings->watch(m_attempts, QT_TRANSLATE_NOOP("mbus::project::Field", "Attempts"));
}

void ChannelEditor::setSerialPorts(const QStringList &ports)
{
    const QString current = m_serialPort->currentText();
    m_serialPort->clear();
    m_serialPort->addItems(ports);
    m_serialPort->setCurrentText(current);
}

} // namespace mbus::ui
