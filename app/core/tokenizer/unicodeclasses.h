#pragma once

#include <QtGlobal>
#include <span>

// A run of code points sharing the same PreTokenizer::Class bits: from start up to the next
// range's start (the last range runs to U+10FFFF).
struct UnicodeClassRange
{
    char32_t start;
    quint8 classes;
};

// Every code point's classes, generated from the Unicode version tiktoken uses
// (unicodeclasses.cpp, written by tests/tools/tokenizer-oracle/make-unicode-table.mjs).
std::span<const UnicodeClassRange> unicodeClassRanges();
