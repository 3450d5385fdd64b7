// SPDX-License-Identifier: MIT
// SessionJob and SecretJob share Job: one outcome, told later than the call that made it, once;
// and only the backend or store that made a job can end it.
#include <InAppKit/InMemorySecretStore>
#include <InAppKit/SessionBackend>

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <type_traits>

using namespace InAppKit;

namespace {

// Whether code outside the backend can end a job: a compile-time fact, checked where it is decided.
template<typename T, typename = void>
struct CanFinishJob : std::false_type {};
template<typename T>
struct CanFinishJob<T, std::void_t<decltype(T::finishWithError(std::declval<SessionJob *>(), SessionJob::Error::Rejected, QString()))>>
    : std::true_type {};
template<typename T, typename = void>
struct CanFinishSecretJob : std::false_type {};
template<typename T>
struct CanFinishSecretJob<T, std::void_t<decltype(T::finish(std::declval<SecretJob *>()))>> : std::true_type {};
template<typename T, typename = void>
struct CanSetResult : std::false_type {};
template<typename T>
struct CanSetResult<T, std::void_t<decltype(std::declval<T &>().setResult(0, QString()))>> : std::true_type {};

static_assert(!CanFinishJob<SessionBackend>::value, "whoever holds a backend must not end its jobs");
static_assert(!CanFinishSecretJob<SecretStore>::value, "whoever holds a store must not end its jobs");
static_assert(!CanSetResult<SessionJob>::value && !CanSetResult<SecretJob>::value, "a job's holder must not end it");

// A host's backend, ending its jobs the only way it can.
class HostBackend : public SessionBackend
{
public:
    SessionJob *exchangeOneTimeToken(const QString &) override { return nullptr; }
    SessionJob *relogin(const QString &) override { return nullptr; }
    SessionJob *issueInAppToken() override
    {
        auto *job = new SessionJob(this);
        finishWithOneTimeToken(job, QStringLiteral("first"));
        finishWithError(job, SessionJob::Error::Rejected, QStringLiteral("too late")); // ignored: it has its outcome
        finishWithOneTimeToken(job, QStringLiteral("second"));                         // ignored too
        return job;
    }
    SessionJob *logout(const QString &) override { return nullptr; }
    SessionJob *fetchRibbons() override
    {
        auto *job = new SessionJob(this);
        finishWithError(job, SessionJob::Error::ServiceError, QStringLiteral("not offered"));
        return job;
    }
    SessionJob *fetchAccounts() override { return nullptr; }
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneOutcomeToldLaterOnce()
    {
        HostBackend backend;
        SessionJob *job = backend.issueInAppToken();
        QVERIFY(job->isFinished());
        QSignalSpy finished(job, &SessionJob::finished);
        QCOMPARE(finished.size(), 0); // not from the call that made it
        QPointer<SessionJob> alive(job);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->error(), SessionJob::Error::NoError);
        QCOMPARE(job->oneTimeToken(), QStringLiteral("first"));
        QVERIFY(job->errorString().isEmpty());
        QTRY_VERIFY(alive.isNull()); // deleted after, by default
        QCOMPARE(finished.size(), 1);
    }

    void errorAndAutoDelete()
    {
        HostBackend backend;
        SessionJob *job = backend.fetchRibbons();
        job->setAutoDelete(false);
        QSignalSpy finished(job, &SessionJob::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->error(), SessionJob::Error::ServiceError);
        QCOMPARE(job->errorString(), QStringLiteral("not offered"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(job->error(), SessionJob::Error::ServiceError); // still here: the holder deletes it
        delete job;
    }

    void secretJobsToo()
    {
        InMemorySecretStore store;
        SecretJob *write = store.write(QStringLiteral("k"), QStringLiteral("v"));
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait(5000));
        QCOMPARE(write->error(), SecretJob::Error::NoError);
        SecretJob *read = store.read(QStringLiteral("k"));
        QSignalSpy got(read, &SecretJob::finished);
        QVERIFY(got.wait(5000));
        QCOMPARE(read->secret(), QStringLiteral("v"));
        SecretJob *missing = store.read(QStringLiteral("other"));
        QSignalSpy notFound(missing, &SecretJob::finished);
        QVERIFY(notFound.wait(5000));
        QCOMPARE(missing->error(), SecretJob::Error::NotFound);
        QVERIFY(!missing->errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
