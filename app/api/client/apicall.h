#pragma once

#include <QObject>
#include <QPointer>

// A request (or a chain of requests, such as following pages) in flight. Every operation of
// the API layer returns one so the caller can show progress and abort. The operation's
// callback runs exactly once — with Kind::Cancelled after abort() — and never before the
// operation has returned this handle. The call deletes itself after finishing: keep it in a
// QPointer.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    explicit ApiCall(QObject *parent = nullptr);

    void abort();
    bool isAborted() const { return m_aborted; }
    bool isFinished() const { return m_finished; }

    // For operations made of several requests: the step in flight is aborted with this call,
    // and (unless told otherwise) its progress is reported as this call's.
    void follow(ApiCall *step, bool forwardProgress = true);

    // Called by the operation once its callback has run: emits finished() and deletes later.
    void markFinished();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    virtual void abortWork();

private:
    QPointer<ApiCall> m_step;
    bool m_aborted = false;
    bool m_finished = false;
};
