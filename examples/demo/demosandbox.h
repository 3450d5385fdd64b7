// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_DEMOSANDBOX_H
#define INAPPKIT_DEMOSANDBOX_H

#include <InAppKit/BrokerProfile>
#include "sandboxbroker.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

/**
 * The demo's built-in broker: the sandbox with a demo user (two accounts and a ribbon) on first
 * run, and its state (users, accounts, balances, digests of access tokens; no one-time token)
 * kept in the demo's data folder, on the same port when it is free, so that a person who ticked
 * 'Keep me logged in' is signed in at the next start.
 */
class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    /// @p stateFile: where the broker's state is kept between runs.
    explicit DemoSandbox(const QString &stateFile, QObject *parent = nullptr);
    ~DemoSandbox() override;

    /// Starts the broker and writes its profile; false with @p errorString if it cannot.
    bool start(QString *errorString);
    InAppKit::BrokerProfile profile() const;
    InAppKit::Sandbox::SandboxBroker *broker();

    /// Writes the state now (it is also written shortly after each change and at the end).
    bool save(QString *errorString = nullptr) const;

private:
    void seed();

    InAppKit::Sandbox::SandboxBroker m_broker;
    QString m_stateFile;
    QTemporaryDir m_dir;
    InAppKit::BrokerProfile m_profile;
    QTimer m_saveSoon;
};

#endif
