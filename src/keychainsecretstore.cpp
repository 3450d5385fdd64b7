// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#include "loggingcategories_p.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace InAppKit {

namespace {

struct KeychainText {
    Q_DECLARE_TR_FUNCTIONS(InAppKit::KeychainSecretStore)
};

} // namespace

class KeychainSecretStorePrivate
{
public:
    QString serviceName;

    // Every QtKeychain outcome, mapped to what the kit can do about it.
    static void finishFrom(QKeychain::Job *source, SecretJob *job, bool isRemove);

    void start(QKeychain::Job *source, SecretJob *job, const QString &key, bool isRemove)
    {
        source->setKey(serviceName + u':' + key);
        source->setInsecureFallback(false);
        QObject::connect(source, &QKeychain::Job::finished, job, [job, isRemove](QKeychain::Job *s) { finishFrom(s, job, isRemove); });
        source->start();
    }
};

void KeychainSecretStorePrivate::finishFrom(QKeychain::Job *source, SecretJob *job, bool isRemove)
{
    using QKeychain::Error;
    switch (source->error()) {
    case Error::NoError:
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(source))
            KeychainSecretStore::finishWithSecret(static_cast<ReadSecretJob *>(job), read->textData());
        else
            KeychainSecretStore::finish(job);
        return;
    case Error::EntryNotFound:
        if (isRemove)
            KeychainSecretStore::finish(job);
        else
            KeychainSecretStore::finishWithError(job, SecretJob::Error::NotFound, KeychainText::tr("Nothing is stored."));
        return;
    case Error::AccessDeniedByUser:
    case Error::AccessDenied:
        KeychainSecretStore::finishWithError(job, SecretJob::Error::AccessDenied, KeychainText::tr("Access to the keychain was denied."));
        return;
    case Error::NoBackendAvailable:
    case Error::NotImplemented:
        KeychainSecretStore::finishWithError(job, SecretJob::Error::Unavailable, KeychainText::tr("No keychain is available on this system."));
        return;
    case Error::OtherError:
        // libsecret reports a missing D-Bus session, a missing daemon or a missing collection here.
        KeychainSecretStore::finishWithError(job, SecretJob::Error::Unavailable, KeychainText::tr("The keychain cannot be used: %1").arg(source->errorString()));
        return;
    case Error::CouldNotDeleteEntry:
        KeychainSecretStore::finishWithError(job, SecretJob::Error::Failed, KeychainText::tr("The keychain entry could not be deleted."));
        return;
    }
    KeychainSecretStore::finishWithError(job, SecretJob::Error::Failed, source->errorString());
}

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , d(std::make_unique<KeychainSecretStorePrivate>())
{
    d->serviceName = serviceName;
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName() const
{
    return d->serviceName;
}

ReadSecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new ReadSecretJob(this);
    whenStarted(job, [this, job, key] {
        auto *source = new QKeychain::ReadPasswordJob(d->serviceName, this);
        d->start(source, job, key, false);
    });
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new SecretJob(this);
    if (secret.toUtf8().size() > MaxSecretBytes) {
        KeychainSecretStore::finishWithError(job, SecretJob::Error::Failed, KeychainText::tr("The secret is too large for the keychain."));
        return job;
    }
    whenStarted(job, [this, job, key, secret] {
        auto *source = new QKeychain::WritePasswordJob(d->serviceName, this);
        source->setTextData(secret);
        d->start(source, job, key, false);
    });
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(this);
    whenStarted(job, [this, job, key] {
        auto *source = new QKeychain::DeletePasswordJob(d->serviceName, this);
        d->start(source, job, key, true);
    });
    return job;
}

} // namespace InAppKit
