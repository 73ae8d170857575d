#!/usr/bin/env python3
"""The reference `ajuste validate` is measured against: the format-only check of OpenAI's
cookbook notebook "Data preparation and analysis for chat model fine-tuning", written again
here with the standard library only (json), as a person without Ajuste would run it.

Per line: json.loads; the example is a dict with a "messages" list; each message has "role"
and "content", no key outside role/content/name/function_call/weight, a known role, text
content; at least one assistant message. No token counts, no duplicates, no cost: those are
the parts Ajuste does on top.

    format_check.py FILE        prints the error counts as JSON and the wall time in ms
"""
import json
import sys
import time
from collections import defaultdict

ALLOWED_KEYS = {"role", "content", "name", "function_call", "weight"}
ROLES = {"system", "user", "assistant", "function"}


def check(path):
    errors = defaultdict(int)
    examples = 0
    with open(path, "r", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            examples += 1
            try:
                example = json.loads(line)
            except ValueError:
                errors["invalid_json"] += 1
                continue
            if not isinstance(example, dict):
                errors["data_type"] += 1
                continue
            messages = example.get("messages")
            if not messages or not isinstance(messages, list):
                errors["missing_messages_list"] += 1
                continue
            for message in messages:
                if not isinstance(message, dict) or "role" not in message or "content" not in message:
                    errors["message_missing_key"] += 1
                    continue
                if any(key not in ALLOWED_KEYS for key in message):
                    errors["message_unrecognized_key"] += 1
                if message.get("role") not in ROLES:
                    errors["unrecognized_role"] += 1
                content = message.get("content")
                function_call = message.get("function_call")
                if (not content and not function_call) or not isinstance(content, str):
                    errors["missing_content"] += 1
            if not any(isinstance(m, dict) and m.get("role") == "assistant" for m in messages):
                errors["example_missing_assistant_message"] += 1
    return examples, dict(errors)


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    start = time.perf_counter()
    examples, errors = check(sys.argv[1])
    elapsed = (time.perf_counter() - start) * 1000.0
    print(json.dumps({"examples": examples, "errors": errors, "ms": round(elapsed, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
