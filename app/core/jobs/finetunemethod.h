#pragma once

// How a model is taught: from example conversations (supervised), or from pairs of a preferred
// and a rejected answer (DPO, "preference training").
enum class FineTuneMethod {
    Supervised,
    Dpo,
    Other, // e.g. reinforcement: shown, never offered
};
