// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QWebEnginePermission>
#endif

namespace InAppKit {

/*
 * One question a page asks (camera, location, notifications...), whichever Qt WebEngine asked it:
 * Qt 6.8 replaced the page's feature permissions (featurePermissionRequested, setFeaturePermission,
 * Feature) with QWebEnginePermission and deprecated the old API. ClientAreaView listens to the
 * signal its Qt has and decides on this alone, so one decision holds on both.
 */
class PermissionQuestion
{
public:
    // What the page wants, in the user's terms.
    enum class Device {
        Other,
        Microphone,
        Camera,
        CameraAndMicrophone,
        Location,
        Notifications,
        Screen,
        PointerLock,
        Clipboard,
        LocalFonts,
    };

    PermissionQuestion() = default;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    explicit PermissionQuestion(const QWebEnginePermission &permission);
#else
    PermissionQuestion(QWebEnginePage *page, const QUrl &origin, QWebEnginePage::Feature feature);
    // The page withdrew the question (its frame went away), as Qt WebEngine below 6.8 tells it.
    bool isWithdrawnBy(const QUrl &origin, QWebEnginePage::Feature feature) const;
#endif

    bool isNull() const;
    // Not answered, and still asked by a page that is there to hear the answer.
    bool isOpen() const;
    QUrl origin() const;
    Device device() const;
    // Whether the user may be asked at all: never for the screen, the pointer, the clipboard or
    // the computer's fonts, which a client area has no use for.
    bool mayBeOffered() const;
    // Grants or denies once; the question is null afterwards. An answer to a question the page
    // withdrew meanwhile goes nowhere.
    void answer(bool allow);

private:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QWebEnginePermission m_permission;
    bool m_asked = false;
#else
    QPointer<QWebEnginePage> m_page;
    QUrl m_origin;
    QWebEnginePage::Feature m_feature = QWebEnginePage::Notifications;
#endif
};

} // namespace InAppKit
