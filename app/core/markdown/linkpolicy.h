#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// What a link in untrusted text may do when the user clicks it. Only web (http, https) and
// e-mail (mailto) addresses may open, and only after the user has seen the real address:
// javascript:, file:, data:, qrc:, custom schemes and relative links never open.
struct LinkDecision
{
    enum class Action {
        AskThenOpen, // show shownAddress (and site) and open url only if the user agrees
        Refuse,      // never open; tell the user why (reason)
    };
    Action action = Action::Refuse;
    QUrl url;                 // what would be opened
    QString shownAddress;     // the whole address with every invisible character made visible
    QString site;             // the host as it is really spelled (punycode beside look-alikes)
    QString reason;           // for Refuse: what happened and why, in plain words
    bool textDiffers = false; // the link's visible text names another address than the target

    bool mayOpen() const { return action == Action::AskThenOpen; }
};

class LinkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(LinkPolicy)

public:
    // href as written in the document; linkText is the text the reader saw (may be empty).
    static LinkDecision decide(const QString &href, const QString &linkText = {});
    // An address made safe to show: invisibles revealed, far too long ones shortened in the
    // middle so the host and the end stay visible.
    static QString shownAddress(const QUrl &url);
    static QString shownSite(const QUrl &url);
};
