// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_INAPPKITDESIGNERPLUGIN_H
#define INAPPKIT_INAPPKITDESIGNERPLUGIN_H

#include <QtUiPlugin/QDesignerCustomWidgetCollectionInterface>

#include <QObject>

/// The Qt Designer plugin: InAppControlsBar, RibbonBar, AccountWidget and ClientAreaView.
class InAppKitDesignerPlugin : public QObject, public QDesignerCustomWidgetCollectionInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.Qt.QDesignerCustomWidgetCollectionInterface")
    Q_INTERFACES(QDesignerCustomWidgetCollectionInterface)
public:
    explicit InAppKitDesignerPlugin(QObject *parent = nullptr);

    QList<QDesignerCustomWidgetInterface *> customWidgets() const override;

private:
    QList<QDesignerCustomWidgetInterface *> m_widgets;
};

#endif
