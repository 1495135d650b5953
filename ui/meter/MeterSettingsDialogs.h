#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// The questions before a meter's settings change on the bus: each names the meter and says what
// will be sent and what follows, and is the confirmation itself (its OK button does it).
namespace mbus::ui {

class NumberField;

// What the dialogs name: "Heat meter, flat 12 at address 5 (secondary address 67001001 2D2C 34 04)".
struct MeterNaming
{
    Q_DECLARE_TR_FUNCTIONS(mbus::ui::MeterNaming)
public:
    QString name;
    int address = -1;
    QString secondary; // 16 hex digits
    QString text() const;
};

class ReaddressDialog : public QDialog
{
    Q_OBJECT

public:
    // used: the project's other meters on this connection by address (address -> their name).
    ReaddressDialog(const MeterNaming &meter, const QMap<int, QString> &used, QWidget *parent = nullptr);

    // The new address typed, when it is one (1..250, not the meter's own).
    std::optional<int> newAddress() const;
    QString findingText() const;

private:
    void check();

    MeterNaming m_meter;
    QMap<int, QString> m_used;
    NumberField *m_address;
    QLabel *m_finding;
    QDialogButtonBox *m_buttons;
};

class MeterBaudDialog : public QDialog
{
    Q_OBJECT

public:
    MeterBaudDialog(const MeterNaming &meter, int lineBaud, QWidget *parent = nullptr);

    int newBaud() const;
    void setNewBaud(int baud);

private:
    QComboBox *m_baud;
};

} // namespace mbus::ui
