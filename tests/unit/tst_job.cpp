// SPDX-License-Identifier: MIT
// The one idiom of every asynchronous call (Job, in KJob's shape): whoever asked holds the job,
// connects to result(), then starts it; the result comes later, once; kill() abandons it. Only the
// backend or store that made a job can end it.
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
struct CanGiveWork : std::false_type {};
template<typename T>
struct CanGiveWork<T, std::void_t<decltype(T::whenStarted(std::declval<SessionJob *>(), std::function<void()>()))>> : std::true_type {};

static_assert(!CanFinishJob<SessionBackend>::value, "whoever holds a backend must not end its jobs");
static_assert(!CanFinishSecretJob<SecretStore>::value, "whoever holds a store must not end its jobs");
static_assert(!CanGiveWork<SessionBackend>::value, "whoever holds a backend must not give its jobs work");
// One private object per job, whatever its class: no level of the hierarchy adds its own pointer.
static_assert(sizeof(SignInJob) == sizeof(Job) && sizeof(InAppTokenJob) == sizeof(Job) && sizeof(AccountsJob) == sizeof(Job)
                  && sizeof(RibbonsJob) == sizeof(Job) && sizeof(ReadSecretJob) == sizeof(Job),
              "a job's class adds no d-pointer of its own");

// A host's backend, ending its jobs the only ways it can.
class HostBackend : public SessionBackend
{
public:
    int sent = 0; // requests that went out: work done on start()

    SignInJob *exchangeOneTimeToken(const QString &token) override
    {
        auto *job = new SignInJob(this);
        whenStarted(job, [this, job, token] {
            ++sent;
            TradingAccount account;
            account.setLogin(QStringLiteral("8003098"));
            finishWithSignIn(job, QStringLiteral("alice"), QStringLiteral("alice@example.com"), {account}, token + QStringLiteral("-access"));
        });
        return job;
    }
    SignInJob *relogin(const QString &) override { return nullptr; }
    InAppTokenJob *issueInAppToken() override
    {
        auto *job = new InAppTokenJob(this);
        finishWithOneTimeToken(job, QStringLiteral("first"));
        finishWithError(job, SessionJob::Error::Rejected, QStringLiteral("too late")); // ignored: it has its outcome
        finishWithOneTimeToken(job, QStringLiteral("second"));                         // ignored too
        return job;
    }
    SessionJob *logout(const QString &) override { return nullptr; }
    RibbonsJob *fetchRibbons() override
    {
        auto *job = new RibbonsJob(this);
        finishWithError(job, SessionJob::Error::ServiceError, QStringLiteral("not offered"));
        return job;
    }
    // Answers only when told: a call in flight.
    AccountsJob *fetchAccounts() override
    {
        auto *job = new AccountsJob(this);
        whenStarted(job, [this, job] {
            ++sent;
            inFlight = job;
        });
        return job;
    }
    void answerAccounts()
    {
        if (inFlight)
            finishWithAccounts(inFlight, {}, QStringLiteral("new@example.com"));
    }
    QPointer<AccountsJob> inFlight;
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneOutcomeToldAfterStartOnce()
    {
        HostBackend backend;
        InAppTokenJob *job = backend.issueInAppToken();
        QVERIFY(job->isFinished()); // its maker knew at once
        QSignalSpy result(job, &Job::result);
        QTest::qWait(50); // the event loop runs: nothing is told before start()
        QCOMPARE(result.size(), 0);
        job->start();
        QCOMPARE(result.size(), 0); // not from within start()
        QPointer<InAppTokenJob> alive(job);
        QVERIFY(result.wait(5000));
        QCOMPARE(result.at(0).at(0).value<Job *>(), job);
        QCOMPARE(job->error(), SessionJob::Error::NoError);
        QCOMPARE(job->Job::error(), 0);
        QCOMPARE(job->oneTimeToken(), QStringLiteral("first"));
        QVERIFY(job->errorString().isEmpty());
        QTRY_VERIFY(alive.isNull()); // deleted after, by default
        QCOMPARE(result.size(), 1);
    }

    void workBeginsOnStart()
    {
        HostBackend backend;
        SignInJob *job = backend.exchangeOneTimeToken(QStringLiteral("ott"));
        QTest::qWait(50);
        QCOMPARE(backend.sent, 0);
        QSignalSpy result(job, &Job::result);
        job->start();
        job->start(); // a second start does nothing
        QCOMPARE(backend.sent, 1);
        QVERIFY(result.wait(5000));
        QCOMPARE(result.size(), 1);
        QCOMPARE(job->userId(), QStringLiteral("alice"));
        QCOMPARE(job->email(), QStringLiteral("alice@example.com"));
        QCOMPARE(job->accounts().value(0).login(), QStringLiteral("8003098"));
        QCOMPARE(job->accessToken(), QStringLiteral("ott-access"));
    }

    void killBeforeStartSendsNothing()
    {
        HostBackend backend;
        SignInJob *job = backend.exchangeOneTimeToken(QStringLiteral("ott"));
        QPointer<SignInJob> alive(job);
        QSignalSpy result(job, &Job::result);
        QVERIFY(job->kill());
        job->start();
        QTRY_VERIFY(alive.isNull());
        QCOMPARE(backend.sent, 0);
        QCOMPARE(result.size(), 0);
    }

    void killInFlightTellsNothing()
    {
        HostBackend backend;
        AccountsJob *job = backend.fetchAccounts();
        QPointer<AccountsJob> alive(job);
        QSignalSpy result(job, &Job::result);
        job->start();
        QCOMPARE(backend.sent, 1);
        QVERIFY(job->kill());
        QVERIFY(!job->kill()); // once
        backend.answerAccounts(); // the answer comes after all: nobody is told
        QTRY_VERIFY(alive.isNull()); // the maker sees it destroyed (and stops its request)
        QCOMPARE(result.size(), 0);
    }

    void killAfterResultIsTooLate()
    {
        HostBackend backend;
        AccountsJob *job = backend.fetchAccounts();
        job->setAutoDelete(false);
        QSignalSpy result(job, &Job::result);
        job->start();
        backend.answerAccounts();
        QVERIFY(result.wait(5000));
        QCOMPARE(job->email(), QStringLiteral("new@example.com"));
        QVERIFY(!job->kill());
        delete job;
    }

    // A holder that keeps the job (autoDelete off) may delete it in its own result slot.
    void deletedByItsHolderInTheSlot()
    {
        HostBackend backend;
        RibbonsJob *job = backend.fetchRibbons();
        job->setAutoDelete(false);
        QPointer<RibbonsJob> alive(job);
        bool told = false;
        connect(job, &Job::result, this, [&told, job] {
            told = true;
            delete job;
        });
        job->start();
        QTRY_VERIFY(told);
        QVERIFY(alive.isNull());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // nothing of it is left to run
    }

    void errorAndAutoDelete()
    {
        HostBackend backend;
        RibbonsJob *job = backend.fetchRibbons();
        job->setAutoDelete(false);
        QVERIFY(!job->isAutoDelete());
        QSignalSpy result(job, &Job::result);
        job->start();
        QVERIFY(result.wait(5000));
        QCOMPARE(job->error(), SessionJob::Error::ServiceError);
        QCOMPARE(job->Job::error(), int(SessionJob::Error::ServiceError));
        QCOMPARE(job->errorString(), QStringLiteral("not offered"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(job->error(), SessionJob::Error::ServiceError); // still here: the holder deletes it
        delete job;
    }

    void secretJobsToo()
    {
        InMemorySecretStore store;
        SecretJob *write = store.write(QStringLiteral("k"), QStringLiteral("v"));
        QTest::qWait(50);
        QVERIFY(store.entries().isEmpty()); // not before start()
        QSignalSpy written(write, &Job::result);
        write->start();
        QVERIFY(written.wait(5000));
        QCOMPARE(write->error(), SecretJob::Error::NoError);
        ReadSecretJob *read = store.read(QStringLiteral("k"));
        QSignalSpy got(read, &Job::result);
        read->start();
        QVERIFY(got.wait(5000));
        QCOMPARE(read->secret(), QStringLiteral("v"));
        ReadSecretJob *missing = store.read(QStringLiteral("other"));
        QSignalSpy notFound(missing, &Job::result);
        missing->start();
        QVERIFY(notFound.wait(5000));
        QCOMPARE(missing->error(), SecretJob::Error::NotFound);
        QVERIFY(!missing->errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
