// Where an API key may travel: only to the profile's own address, in its one header; never over
// plain HTTP to a computer other than this one (refused before any connection), and never along
// a redirect to another host, port or scheme (the second server must not even be contacted).
#include "api/client/providerfactory.h"
#include "testhttpserver.h"
#include "waiter.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString Key = QStringLiteral("sk-transport-canary-9d41e7");

// A server that records every byte it receives and answers a model list.
class Trap : public QObject
{
public:
    bool listen(const QHostAddress &address)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (!received.contains("\r\n\r\n"))
                        return;
                    const QByteArray body = R"({"object":"list","data":[]})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(address, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    QByteArray received;

private:
    QTcpServer m_server;
};

ProviderProfile profileAt(ProviderKind kind, const QUrl &baseUrl)
{
    ProviderProfile profile = ProviderProfile::makeNew(kind);
    profile.baseUrl = baseUrl;
    profile.keyStorage = KeyStorage::Session;
    return profile;
}

} // namespace

class TestKeyTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyGoesOnlyInItsHeaderToTheProfilesAddress_data();
    void keyGoesOnlyInItsHeaderToTheProfilesAddress();
    void plainHttpToAnotherComputerIsRefusedBeforeConnecting_data();
    void plainHttpToAnotherComputerIsRefusedBeforeConnecting();
    void plainHttpToAnotherComputerSendsNothing();
    void redirectToAnotherOriginIsNotFollowed_data();
    void redirectToAnotherOriginIsNotFollowed();
    void redirectWithinTheSameOriginStillWorks();

private:
    QNetworkAccessManager m_network;
};

void TestKeyTransport::keyGoesOnlyInItsHeaderToTheProfilesAddress_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("OpenAI") << ProviderKind::OpenAI << QByteArray("authorization")
                            << ("Bearer " + Key.toUtf8());
    QTest::newRow("Together") << ProviderKind::Together << QByteArray("authorization")
                              << ("Bearer " + Key.toUtf8());
    QTest::newRow("compatible") << ProviderKind::OpenAICompatible << QByteArray("authorization")
                                << ("Bearer " + Key.toUtf8());
}

void TestKeyTransport::keyGoesOnlyInItsHeaderToTheProfilesAddress()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestHttpServer::Request &) {
        return TestHttpServer::Reply::json(R"({"object":"list","data":[]})");
    });
    auto client = makeProviderClient(profileAt(kind, server.baseUrl()), Key, &m_network);
    Waiter<QList<ModelInfo>> models;
    client->listModels(models.callback());
    QVERIFY(models.wait());
    QVERIFY2(models.result->ok(), qPrintable(models.result->error.detailsText()));
    QVERIFY(!server.requests().isEmpty());
    for (const TestHttpServer::Request &request : server.requests()) {
        QCOMPARE(request.headers.value(header), value);
        // Exactly once: in that header, nowhere in the path, query or body.
        QCOMPARE(request.raw.count(Key.toUtf8()), 1);
    }
}

void TestKeyTransport::plainHttpToAnotherComputerIsRefusedBeforeConnecting_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::newRow("documentation address") << QUrl(QStringLiteral("http://192.0.2.10/v1"));
    QTest::newRow("host name") << QUrl(QStringLiteral("http://api.example.com/v1"));
    QTest::newRow("name that starts like loopback")
        << QUrl(QStringLiteral("http://127.0.0.1.example.com/v1"));
    QTest::newRow("localhost as a subdomain")
        << QUrl(QStringLiteral("http://localhost.example.com/v1"));
    QTest::newRow("any address") << QUrl(QStringLiteral("http://0.0.0.0:8080/v1"));
    QTest::newRow("not http at all") << QUrl(QStringLiteral("ftp://127.0.0.1/v1"));
}

void TestKeyTransport::plainHttpToAnotherComputerIsRefusedBeforeConnecting()
{
    QFETCH(QUrl, baseUrl);
    auto client = makeProviderClient(profileAt(ProviderKind::OpenAI, baseUrl), Key, &m_network);
    Waiter<QList<ModelInfo>> models;
    client->listModels(models.callback());
    QVERIFY(models.wait(5000)); // refused at once, no connection attempt to time out
    QCOMPARE(models.result->error.kind, ApiError::Kind::InsecureAddress);
    QVERIFY(!models.result->error.userMessage.contains(Key));
    QVERIFY(!models.result->error.detailsText().contains(Key));
}

void TestKeyTransport::plainHttpToAnotherComputerSendsNothing()
{
    // Every connection of the network manager goes through this trap as an HTTP proxy, so
    // whatever network this machine has, a count of 0 proves that not one byte left for the
    // other computer.
    Trap trap;
    QVERIFY(trap.listen(QHostAddress::LocalHost));
    m_network.setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), trap.port()));
    const auto noProxy = qScopeGuard([this] { m_network.setProxy(QNetworkProxy::NoProxy); });
    const QUrl other(QStringLiteral("http://192.0.2.10/v1"));
    auto client = makeProviderClient(profileAt(ProviderKind::OpenAI, other), Key, &m_network);
    Waiter<QList<ModelInfo>> models;
    client->listModels(models.callback());
    QVERIFY(models.wait(5000));
    QCOMPARE(models.result->error.kind, ApiError::Kind::InsecureAddress);
    spinFor(200);
    QCOMPARE(trap.connections, 0);
    // The trap does see a request that is let through (the same address, asked directly).
    QNetworkReply *probe =
        m_network.get(QNetworkRequest(other.resolved(QUrl(QStringLiteral("models")))));
    QTRY_COMPARE_WITH_TIMEOUT(trap.connections, 1, 5000);
    QVERIFY(!trap.received.contains(Key.toUtf8()));
    probe->abort();
    probe->deleteLater();
}

void TestKeyTransport::redirectToAnotherOriginIsNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("host");  // where the second server listens
    QTest::addColumn<QString>("named"); // how the Location header names it
    for (int status : {301, 302, 303, 307, 308}) {
        QTest::addRow("%d to 127.0.0.2", status)
            << status << QStringLiteral("127.0.0.2") << QStringLiteral("127.0.0.2");
        QTest::addRow("%d to another port", status)
            << status << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::addRow("%d to localhost, another port", status)
            << status << QStringLiteral("127.0.0.1") << QStringLiteral("localhost");
    }
}

void TestKeyTransport::redirectToAnotherOriginIsNotFollowed()
{
    QFETCH(int, status);
    QFETCH(QString, host);
    QFETCH(QString, named);
    Trap second;
    QVERIFY2(second.listen(QHostAddress(host)), qPrintable(host));
    TestHttpServer first;
    QVERIFY(first.listen());
    const QByteArray location =
        QStringLiteral("http://%1:%2/v1/models").arg(named).arg(second.port()).toUtf8();
    first.setHandler([&](const TestHttpServer::Request &) {
        TestHttpServer::Reply reply = TestHttpServer::Reply::json("", status);
        reply.header("Location", location);
        return reply;
    });
    for (ProviderKind kind : {ProviderKind::OpenAI, ProviderKind::OpenAICompatible}) {
        auto client = makeProviderClient(profileAt(kind, first.baseUrl()), Key, &m_network);
        Waiter<QList<ModelInfo>> models;
        client->listModels(models.callback());
        QVERIFY(models.wait());
        QVERIFY(!models.result->ok()); // the user is told it failed...
        QVERIFY(!models.result->error.userMessage.isEmpty());
        QVERIFY(!models.result->error.detailsText().contains(Key));
    }
    spinFor(200);
    QVERIFY(first.requests().size() >= 2);
    QCOMPARE(second.connections, 0); // ...and the second server never heard from Ajuste
    QVERIFY(!second.received.contains(Key.toUtf8()));
    QVERIFY(!second.received.toLower().contains("authorization"));
}

void TestKeyTransport::redirectWithinTheSameOriginStillWorks()
{
    // A server that moved its API to another path on itself keeps working (with the key).
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray location = server.baseUrl().toString().toUtf8() + "/moved/models";
    server.setHandler([&](const TestHttpServer::Request &request) {
        if (request.path.endsWith(QLatin1String("/moved/models")))
            return TestHttpServer::Reply::json(
                R"({"object":"list","data":[{"id":"m1","object":"model"}]})");
        TestHttpServer::Reply reply = TestHttpServer::Reply::json("", 307);
        reply.header("Location", location);
        return reply;
    });
    auto client =
        makeProviderClient(profileAt(ProviderKind::OpenAI, server.baseUrl()), Key, &m_network);
    Waiter<QList<ModelInfo>> models;
    client->listModels(models.callback());
    QVERIFY(models.wait());
    QVERIFY2(models.result->ok(), qPrintable(models.result->error.detailsText()));
    QCOMPARE(models.result->value.size(), 1);
    QCOMPARE(server.count(QStringLiteral("/v1/moved/models")), 1);
}

QTEST_GUILESS_MAIN(TestKeyTransport)
#include "tst_keytransport.moc"
