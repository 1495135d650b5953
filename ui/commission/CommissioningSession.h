#pragma once

#include "commission/SurveyedMeter.h"
#include "project/Project.h"

#include <QObject>
#include <QStringList>

namespace mbus::bus {
class RequestPort;
}

// What the pages of the commissioning assistant share: the connection they work on, the meters
// the survey found (and what the plan and the baud switch made of them), the notes for the report,
// and whether a bus job runs (the wizard locks its navigation meanwhile). The port is asked for
// afresh for every job: a project edit rebuilds the engine and with it every port.
namespace mbus::ui {

class EngineHost;
class ProjectDocument;
class SurveyTableModel;

class CommissioningSession : public QObject
{
    Q_OBJECT

public:
    CommissioningSession(ProjectDocument *document, EngineHost *host, const QString &connection, QObject *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    EngineHost *host() const { return m_host; }
    QString connectionName() const;
    int connectionId() const { return m_connectionId; }
    // Index of the connection in the project, -1 when it is gone.
    int connectionIndex() const;
    // The connection as the project has it now (an empty one when it is gone).
    project::Connection connection() const;
    bus::RequestPort *port() const;
    bool isSimulated() const;
    bool isTcp() const;
    // The bus's baud rate as the project has it.
    int baud() const;

    // The assistant and the poller must not share the bus: polling stops while it is open.
    void pausePolling();
    void resumePolling();
    bool wasPolling() const { return m_wasPolling; }

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

    SurveyTableModel *model() const { return m_model; }
    const QList<commission::SurveyedMeter> &meters() const;
    void setMeters(const QList<commission::SurveyedMeter> &meters);
    void setSurveyNotes(const QStringList &notes) { m_surveyNotes = notes; }
    void setPlanNotes(const QStringList &notes) { m_planNotes = notes; }
    void setBaudNotes(const QStringList &notes) { m_baudNotes = notes; }

    commission::CommissioningReport report() const;

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    ProjectDocument *m_document;
    EngineHost *m_host;
    int m_connectionId = 0;
    SurveyTableModel *m_model;
    bool m_busy = false;
    bool m_wasPolling = false;
    QStringList m_surveyNotes;
    QStringList m_planNotes;
    QStringList m_baudNotes;
};

} // namespace mbus::ui
