// SPDX-License-Identifier: MIT
#include "demosandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

using InAppKit::BrokerProfile;
using InAppKit::Sandbox::SandboxBroker;

Q_LOGGING_CATEGORY(lcDemoSandbox, "inappkit.demo.sandbox", QtInfoMsg)

namespace {
constexpr qint64 MaxStateSize = 4 * 1024 * 1024;
}

DemoSandbox::DemoSandbox(const QString &stateFile, QObject *parent)
    : QObject(parent)
    , m_stateFile(stateFile)
{
    // A change is written soon after the request that made it, so that a crash loses little.
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(300);
    connect(&m_saveSoon, &QTimer::timeout, this, [this] { save(); });
    connect(&m_broker, &SandboxBroker::requestReceived, this, [this](const QString &method) {
        if (method == QLatin1String("POST"))
            m_saveSoon.start();
    });
}

DemoSandbox::~DemoSandbox()
{
    save();
}

bool DemoSandbox::start(QString *errorString)
{
    QJsonObject saved;
    QFile file(m_stateFile);
    if (file.open(QIODevice::ReadOnly)) {
        if (file.size() <= MaxStateSize) {
            saved = QJsonDocument::fromJson(file.read(MaxStateSize)).object();
        }
        if (saved.isEmpty())
            qCWarning(lcDemoSandbox).noquote() << "the saved sandbox state" << QDir::toNativeSeparators(m_stateFile)
                                               << "is not usable; starting afresh";
    }
    // The same port as last time keeps the broker's identity, and with it the saved login.
    const int port = saved.value(QStringLiteral("port")).toInt();
    if (port <= 0 || port > 65535 || !m_broker.start(quint16(port), SandboxBroker::Certificate::Trusted)) {
        if (port > 0)
            qCInfo(lcDemoSandbox) << "port" << port << "is taken; a saved login will not be found";
        if (!m_broker.start(0, SandboxBroker::Certificate::Trusted, errorString))
            return false;
    }
    if (saved.isEmpty() || !m_broker.restoreState(saved))
        seed();
    const QString path = m_dir.filePath(QStringLiteral("sandbox.json"));
    if (!m_broker.writeProfile(path, errorString))
        return false;
    InAppKit::BrokerProfileError error;
    m_profile = BrokerProfile::fromFile(path, &error);
    if (!m_profile.isValid()) {
        if (errorString)
            *errorString = error.errorString();
        return false;
    }
    return save(errorString);
}

BrokerProfile DemoSandbox::profile() const
{
    return m_profile;
}

SandboxBroker *DemoSandbox::broker()
{
    return &m_broker;
}

bool DemoSandbox::save(QString *errorString) const
{
    if (!m_broker.baseUrl().isValid())
        return true; // never started: nothing to keep
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = file.errorString();
        qCWarning(lcDemoSandbox).noquote() << "cannot keep the sandbox state:" << file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(m_broker.saveState()).toJson());
    if (!file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}

void DemoSandbox::seed()
{
    const QString user = m_broker.addUser(QStringLiteral("demo@example.com"), QStringLiteral("demo1234"));
    const QString usd = m_broker.accountsOf(user).constFirst();
    m_broker.addAccount(user, QStringLiteral("EUR"), 250000);
    m_broker.publishRibbon(user, QJsonObject{
        {QStringLiteral("color"), QStringLiteral("#f5c542")},
        {QStringLiteral("title"), QCoreApplication::translate("main", "Fund your account today: deposits are free this month")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("closable"), true},
        {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlinApp"), m_broker.baseUrl().resolved(QUrl(QStringLiteral("/inapp/deposit"))).toString()}}},
        {QStringLiteral("ctidTraderAccountId"), m_broker.traderAccountIdOf(usd)}});
}
