// SPDX-License-Identifier: MIT
#include "permissionquestion_p.h"

namespace InAppKit {

bool PermissionQuestion::mayBeOffered() const
{
    switch (device()) {
    case Device::Microphone:
    case Device::Camera:
    case Device::CameraAndMicrophone:
    case Device::Location:
    case Device::Notifications:
        return true;
    case Device::Screen:
    case Device::PointerLock:
    case Device::Clipboard:
    case Device::LocalFonts:
    case Device::Other:
        return false;
    }
    return false;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

PermissionQuestion::PermissionQuestion(const QWebEnginePermission &permission)
    : m_permission(permission)
    , m_asked(true)
{
}

bool PermissionQuestion::isNull() const
{
    return !m_asked;
}

bool PermissionQuestion::isOpen() const
{
    // Qt 6.8 tells no withdrawal: a question whose page or frame is gone is no longer valid.
    return m_asked && m_permission.isValid();
}

QUrl PermissionQuestion::origin() const
{
    return m_permission.origin();
}

PermissionQuestion::Device PermissionQuestion::device() const
{
    using Type = QWebEnginePermission::PermissionType;
    switch (m_permission.permissionType()) {
    case Type::MediaAudioCapture: return Device::Microphone;
    case Type::MediaVideoCapture: return Device::Camera;
    case Type::MediaAudioVideoCapture: return Device::CameraAndMicrophone;
    case Type::Geolocation: return Device::Location;
    case Type::Notifications: return Device::Notifications;
    case Type::DesktopVideoCapture:
    case Type::DesktopAudioVideoCapture: return Device::Screen;
    case Type::MouseLock: return Device::PointerLock;
    case Type::ClipboardReadWrite: return Device::Clipboard;
    case Type::LocalFontsAccess: return Device::LocalFonts;
    case Type::Unsupported: break;
    }
    return Device::Other;
}

void PermissionQuestion::answer(bool allow)
{
    if (!m_asked)
        return;
    if (m_permission.isValid()) {
        if (allow)
            m_permission.grant();
        else
            m_permission.deny();
    }
    *this = PermissionQuestion();
}

#else

PermissionQuestion::PermissionQuestion(QWebEnginePage *page, const QUrl &origin, QWebEnginePage::Feature feature)
    : m_page(page)
    , m_origin(origin)
    , m_feature(feature)
{
}

bool PermissionQuestion::isWithdrawnBy(const QUrl &origin, QWebEnginePage::Feature feature) const
{
    return !isNull() && origin == m_origin && feature == m_feature;
}

bool PermissionQuestion::isNull() const
{
    return m_origin.isEmpty();
}

bool PermissionQuestion::isOpen() const
{
    return !isNull() && m_page;
}

QUrl PermissionQuestion::origin() const
{
    return m_origin;
}

PermissionQuestion::Device PermissionQuestion::device() const
{
    switch (m_feature) {
    case QWebEnginePage::MediaAudioCapture: return Device::Microphone;
    case QWebEnginePage::MediaVideoCapture: return Device::Camera;
    case QWebEnginePage::MediaAudioVideoCapture: return Device::CameraAndMicrophone;
    case QWebEnginePage::Geolocation: return Device::Location;
    case QWebEnginePage::Notifications: return Device::Notifications;
    case QWebEnginePage::DesktopVideoCapture:
    case QWebEnginePage::DesktopAudioVideoCapture: return Device::Screen;
    case QWebEnginePage::MouseLock: return Device::PointerLock;
    }
    return Device::Other;
}

void PermissionQuestion::answer(bool allow)
{
    if (isNull())
        return;
    if (m_page)
        m_page->setFeaturePermission(m_origin, m_feature, allow ? QWebEnginePage::PermissionGrantedByUser : QWebEnginePage::PermissionDeniedByUser);
    *this = PermissionQuestion();
}

#endif

} // namespace InAppKit
