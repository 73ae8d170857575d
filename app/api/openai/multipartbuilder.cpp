#include "multipartbuilder.h"

#include <QHttpMultiPart>
#include <QNetworkRequest>

namespace MultipartBuilder {

QHttpMultiPart *create()
{
    return new QHttpMultiPart(QHttpMultiPart::FormDataType);
}

void addField(QHttpMultiPart *multipart, const QByteArray &name, const QByteArray &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
    part.setBody(value);
    multipart->append(part);
}

bool addFile(QHttpMultiPart *multipart, const QByteArray &name, const QString &fileName,
             QIODevice *device, const QByteArray &contentType)
{
    device->setParent(multipart);
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return false;
    QByteArray safeName = fileName.toUtf8();
    safeName.replace('"', "_").replace('\r', "_").replace('\n', "_");
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"" + name + "\"; filename=\"" + safeName + '"'));
    part.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    part.setBodyDevice(device);
    multipart->append(part);
    return true;
}

} // namespace MultipartBuilder
