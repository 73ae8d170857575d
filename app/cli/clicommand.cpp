#include "clicommand.h"
