#pragma once

#include "project/Project.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;

// The physical-layer fields of Faceplate's connection form: Type, then for serial Port, Baud rate,
// Parity, Data/Stop bits, for tcp IP/Hostname and Port; and timeout and attempts, which Faceplate
// keeps per connection object (a backup connection has its own).
namespace mbus::ui {

class FindingsLabel;
class NumberField;

class ChannelEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelEditor(QWidget *parent = nullptr);

    void setChannel(const project::Channel &channel);
    project::Channel channel() const;
    void setSerialPorts(const QStringList &ports);
    // The form's findings label shows the number fields' typing problems.
    void reportTypingTo(FindingsLabel *findings);

Q_SIGNALS:
    void edited();

private:
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QComboBox *m_serialPort;
    QComboBox *m_baud;
    QComboBox *m_parity;
    QComboBox *m_dataBits;
    QComboBox *m_stopBits;
    QLineEdit *m_host;
    NumberField *m_tcpPort;
    QComboBox *m_busBaud;
    NumberField *m_timeout;
    NumberField *m_attempts;
    project::Channel m_shown;
};

} // namespace mbus::ui
