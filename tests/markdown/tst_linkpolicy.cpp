// Which links in a model's answer may open, and what the user is shown before they do.
#include "core/markdown/invisiblecharacters.h"
#include "core/markdown/linkpolicy.h"

#include <QTest>

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webAndMailAddressesAskFirst_data();
    void webAndMailAddressesAskFirst();
    void dangerousOrLocalLinksNeverOpen_data();
    void dangerousOrLocalLinksNeverOpen();
    void shownAddressRevealsInvisibleCharacters();
    void lookAlikeHostIsShownAsTheNetworkSpellsIt();
    void userInfoDoesNotHideTheRealSite();
    void linkTextNamingAnotherSiteIsFlagged();
    void veryLongAddressIsShortenedInTheMiddle();
    void textKeepsJoinersButRevealsOverrides();
};

void TestLinkPolicy::webAndMailAddressesAskFirst_data()
{
    QTest::addColumn<QString>("href");
    QTest::newRow("https") << QStringLiteral("https://example.org/a?b=c");
    QTest::newRow("http") << QStringLiteral("http://example.org");
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.org");
    QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.org");
}

void TestLinkPolicy::webAndMailAddressesAskFirst()
{
    QFETCH(QString, href);
    const LinkDecision decision = LinkPolicy::decide(href);
    QCOMPARE(decision.action, LinkDecision::Action::AskThenOpen);
    QVERIFY(decision.mayOpen());
    QCOMPARE(decision.url, QUrl(href));
    QVERIFY(!decision.shownAddress.isEmpty());
}

void TestLinkPolicy::dangerousOrLocalLinksNeverOpen_data()
{
    QTest::addColumn<QString>("href");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)");
    QTest::newRow("JavaScript mixed case") << QStringLiteral("JaVaScRiPt:alert(1)");
    QTest::newRow("javascript with spaces") << QStringLiteral("  javascript:alert(1)");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("windows share") << QStringLiteral("file://attacker.example/share/x.exe");
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>");
    QTest::newRow("qrc") << QStringLiteral("qrc:/icons/app.svg");
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)");
    QTest::newRow("custom scheme") << QStringLiteral("ms-settings:privacy");
    QTest::newRow("smb") << QStringLiteral("smb://attacker.example/share");
    QTest::newRow("relative path") << QStringLiteral("../../etc/passwd");
    QTest::newRow("bare path") << QStringLiteral("/etc/passwd");
    QTest::newRow("fragment") << QStringLiteral("#top");
    QTest::newRow("http without host") << QStringLiteral("http:///etc/passwd");
    QTest::newRow("empty") << QString();
}

void TestLinkPolicy::dangerousOrLocalLinksNeverOpen()
{
    QFETCH(QString, href);
    const LinkDecision decision = LinkPolicy::decide(href);
    QCOMPARE(decision.action, LinkDecision::Action::Refuse);
    QVERIFY(!decision.mayOpen());
    QVERIFY(!decision.reason.isEmpty());
}

void TestLinkPolicy::shownAddressRevealsInvisibleCharacters()
{
    // "exe.pdf" written backwards behind a right-to-left override looks like "fdp.exe"'s mirror.
    const QString href = QStringLiteral("https://example.org/report\u202Efdp.exe");
    const LinkDecision decision = LinkPolicy::decide(href);
    QVERIFY(decision.shownAddress.contains(QStringLiteral("⟨U+202E⟩")));
    QVERIFY(!decision.shownAddress.contains(QChar(0x202E)));

    const LinkDecision zeroWidth =
        LinkPolicy::decide(QStringLiteral("https://example.org/pay\u200Bment"));
    QVERIFY(zeroWidth.shownAddress.contains(QStringLiteral("⟨U+200B⟩")));
    const LinkDecision joiner = LinkPolicy::decide(QStringLiteral("https://example.org/a\u200Db"));
    QVERIFY(joiner.shownAddress.contains(QStringLiteral("⟨U+200D⟩")));
}

void TestLinkPolicy::lookAlikeHostIsShownAsTheNetworkSpellsIt()
{
    // The first letter is a Cyrillic а, not a Latin a.
    const LinkDecision decision = LinkPolicy::decide(QStringLiteral("https://\u0430pple.com/"));
    QVERIFY(decision.mayOpen());
    QVERIFY2(decision.site.contains(QStringLiteral("xn--")), qPrintable(decision.site));
    const LinkDecision plain = LinkPolicy::decide(QStringLiteral("https://apple.com/"));
    QCOMPARE(plain.site, QStringLiteral("apple.com"));
}

void TestLinkPolicy::userInfoDoesNotHideTheRealSite()
{
    const LinkDecision decision =
        LinkPolicy::decide(QStringLiteral("https://mybank.example@attacker.example/login"));
    QVERIFY(decision.mayOpen());
    QCOMPARE(decision.site, QStringLiteral("attacker.example"));
}

void TestLinkPolicy::linkTextNamingAnotherSiteIsFlagged()
{
    const auto other = LinkPolicy::decide(QStringLiteral("https://attacker.example/login"),
                                          QStringLiteral("https://mybank.example"));
    QVERIFY(other.textDiffers);
    const auto same = LinkPolicy::decide(QStringLiteral("https://mybank.example/login"),
                                         QStringLiteral("https://mybank.example"));
    QVERIFY(!same.textDiffers);
    const auto words = LinkPolicy::decide(QStringLiteral("https://attacker.example/"),
                                          QStringLiteral("the documentation"));
    QVERIFY(!words.textDiffers);
}

void TestLinkPolicy::veryLongAddressIsShortenedInTheMiddle()
{
    const QString href =
        QStringLiteral("https://example.org/") + QString(5000, u'a') + QStringLiteral("/end.html");
    const LinkDecision decision = LinkPolicy::decide(href);
    QVERIFY(decision.shownAddress.size() < 500);
    QVERIFY(decision.shownAddress.startsWith(QStringLiteral("https://example.org/")));
    QVERIFY(decision.shownAddress.endsWith(QStringLiteral("/end.html")));
    QCOMPARE(decision.url, QUrl(href));
}

void TestLinkPolicy::textKeepsJoinersButRevealsOverrides()
{
    using IC = InvisibleCharacters;
    const QString family = QStringLiteral("👨\u200D👩\u200D👧");
    QCOMPARE(IC::revealed(family, IC::Context::Text), family);
    QCOMPARE(IC::revealed(QStringLiteral("a\u202Eb"), IC::Context::Text),
             QStringLiteral("a⟨U+202E⟩b"));
    QCOMPARE(IC::revealed(QStringLiteral("a\u2066b\u2069"), IC::Context::Text),
             QStringLiteral("a⟨U+2066⟩b⟨U+2069⟩"));
    QCOMPARE(IC::revealed(QStringLiteral("pass\u200Bword\uFEFF"), IC::Context::Text),
             QStringLiteral("pass⟨U+200B⟩word⟨U+FEFF⟩"));
    // Tag characters carry hidden text ("ASCII smuggling") outside the basic plane.
    const QString tag = QString::fromUcs4(U"hi\U000E0041", 3);
    QCOMPARE(IC::revealed(tag, IC::Context::Text), QStringLiteral("hi⟨U+E0041⟩"));
    QVERIFY(IC::containsDisguising(QStringLiteral("x\u200Dy"), IC::Context::Address));
    QVERIFY(!IC::containsDisguising(QStringLiteral("ação"), IC::Context::Text));
}

QTEST_GUILESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
