// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_INAPPKITWIDGETPLUGIN_H
#define INAPPKIT_INAPPKITWIDGETPLUGIN_H

#include <QtUiPlugin/QDesignerCustomWidgetInterface>

#include <QIcon>
#include <QObject>

#include <functional>

/**
 * One InAppKit widget as Qt Designer offers it: placed with its parent-only constructor and wired
 * in code (setLauncher(), setWebProfile()), as a host does with any custom widget.
 */
class InAppKitWidgetPlugin : public QObject, public QDesignerCustomWidgetInterface
{
    Q_OBJECT
    Q_INTERFACES(QDesignerCustomWidgetInterface)
public:
    using Factory = std::function<QWidget *(QWidget *parent)>;

    InAppKitWidgetPlugin(const QString &className, const QString &objectName, const QString &toolTip,
                         const QIcon &icon, Factory factory, QObject *parent);

    QString name() const override;
    QString group() const override;
    QString toolTip() const override;
    QString whatsThis() const override;
    QString includeFile() const override;
    QIcon icon() const override;
    bool isContainer() const override;
    QWidget *createWidget(QWidget *parent) override;
    bool isInitialized() const override;
    void initialize(QDesignerFormEditorInterface *core) override;
    QString domXml() const override;

private:
    QString m_className;
    QString m_objectName;
    QString m_toolTip;
    QIcon m_icon;
    Factory m_factory;
    bool m_initialized = false;
};

#endif
