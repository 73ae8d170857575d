#pragma once

#include <QtGlobal>

// Token figures of one training example (see ChatTokenCounter for how they are counted).
struct ChatTokenCount
{
    // Everything the example sends, as OpenAI's data-prep notebook counts it: what the
    // training context must hold and what training is billed for.
    qint64 total = 0;
    // The tokens the model learns from: assistant replies whose weight is not 0.
    qint64 trained = 0;
    // Messages in the example (for a preference example: the input's plus both answers).
    int messages = 0;

    friend bool operator==(const ChatTokenCount &, const ChatTokenCount &) = default;
};
