<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchResultsModel</name>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n token</numerusform>
            <numerusform>%1 · %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n token(s)</source>
        <translation>
            <numerusform>%1 · about %n token</numerusform>
            <numerusform>%1 · about %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReviewPage</name>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n token</numerusform>
            <numerusform>%1 · %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking… %n answer(s) failed</source>
        <translation>
            <numerusform>Asking… %n answer failed</numerusform>
            <numerusform>Asking… %n answers failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done; %n answer(s) failed</source>
        <translation>
            <numerusform>Done; %n answer failed</numerusform>
            <numerusform>Done; %n answers failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSetupPage</name>
    <message numerus="yes">
        <source>The %n example(s) chosen on the Datasets page</source>
        <translation>
            <numerusform>The %n example chosen on the Datasets page</numerusform>
            <numerusform>The %n examples chosen on the Datasets page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n chosen example(s)</source>
        <translation>
            <numerusform>%1, %n chosen example</numerusform>
            <numerusform>%1, %n chosen examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditController</name>
    <message numerus="yes">
        <source>Replaced %n time(s).</source>
        <translation>
            <numerusform>Replaced %n time.</numerusform>
            <numerusform>Replaced %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) are now kept for validation.</source>
        <translation>
            <numerusform>%n example is now kept for validation.</numerusform>
            <numerusform>%n examples are now kept for validation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSystemPromptCommand</name>
    <message numerus="yes">
        <source>Change the instructions of %n examples</source>
        <translation>
            <numerusform>Change the instructions of %n example</numerusform>
            <numerusform>Change the instructions of %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message numerus="yes">
        <source>%Ln errors: the provider will refuse this dataset until they are fixed.</source>
        <translation>
            <numerusform>%Ln error: the provider will refuse this dataset until it is fixed.</numerusform>
            <numerusform>%Ln errors: the provider will refuse this dataset until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings, %1 advice.</source>
        <translation>
            <numerusform>%Ln warning, %1 advice.</numerusform>
            <numerusform>%Ln warnings, %1 advice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors: the provider will accept this dataset. %Ln warnings are worth a look.</source>
        <translation>
            <numerusform>No errors: the provider will accept this dataset. %Ln warning is worth a look.</numerusform>
            <numerusform>No errors: the provider will accept this dataset. %Ln warnings are worth a look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTally</name>
    <message numerus="yes">
        <source>%1 was preferred in %2 of %n comparisons.</source>
        <translation>
            <numerusform>%1 was preferred in %2 of %n comparison.</numerusform>
            <numerusform>%1 was preferred in %2 of %n comparisons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message numerus="yes">
        <source>Connected. The provider offers %n model(s).</source>
        <translation>
            <numerusform>Connected. The provider offers %n model.</numerusform>
            <numerusform>Connected. The provider offers %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message numerus="yes">
        <source>%Ln examples are too long and will be cut off.</source>
        <translation>
            <numerusform>%Ln example is too long and will be cut off.</numerusform>
            <numerusform>%Ln examples are too long and will be cut off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetChecker</name>
    <message numerus="yes">
        <source>There are %Ln training examples; the provider needs at least %1.</source>
        <translation>
            <numerusform>There is %Ln training example; the provider needs at least %1.</numerusform>
            <numerusform>There are %Ln training examples; the provider needs at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %Ln training examples; 50 to 100 usually give clearly better results.</source>
        <translation>
            <numerusform>There is %Ln training example; 50 to 100 usually give clearly better results.</numerusform>
            <numerusform>There are %Ln training examples; 50 to 100 usually give clearly better results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetListModel</name>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetListPanel</name>
    <message numerus="yes">
        <source>Its %n example(s) will be deleted from this workspace. This cannot be undone; files you imported from stay where they are.</source>
        <translation>
            <numerusform>Its %n example will be deleted from this workspace. This cannot be undone; files you imported from stay where they are.</numerusform>
            <numerusform>Its %n examples will be deleted from this workspace. This cannot be undone; files you imported from stay where they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation>
            <numerusform>Delete %n example?</numerusform>
            <numerusform>Delete %n examples?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) repeat the messages of an earlier example. The list now shows them with the examples they repeat; delete the copies you do not need, or choose “Any status” to see all examples again.</source>
        <translation>
            <numerusform>%n example repeats the messages of an earlier example. The list now shows it with the example it repeats; delete the copy if you do not need it, or choose “Any status” to see all examples again.</numerusform>
            <numerusform>%n examples repeat the messages of an earlier example. The list now shows them with the examples they repeat; delete the copies you do not need, or choose “Any status” to see all examples again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n example(s)</source>
        <translation>
            <numerusform>Fix %n example</numerusform>
            <numerusform>Fix %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateExamplesCommand</name>
    <message numerus="yes">
        <source>Duplicate %n examples</source>
        <translation>
            <numerusform>Duplicate %n example</numerusform>
            <numerusform>Duplicate %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Wrote %n training example(s) to “%1”.</source>
        <translation>
            <numerusform>Wrote %n training example to “%1”.</numerusform>
            <numerusform>Wrote %n training examples to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n validation example(s) to “%1”.</source>
        <translation>
            <numerusform>Wrote %n validation example to “%1”.</numerusform>
            <numerusform>Wrote %n validation examples to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Found %n time(s)</source>
        <translation>
            <numerusform>Found %n time</numerusform>
            <numerusform>Found %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n example(s).</source>
        <translation>
            <numerusform>in %n example.</numerusform>
            <numerusform>in %n examples.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FineTuneCheckPage</name>
    <message numerus="yes">
        <source>%n problem(s) must be fixed first: the provider would refuse the file and the fine-tune would not start.</source>
        <translation>
            <numerusform>%n problem must be fixed first: the provider would refuse the file and the fine-tune would not start.</numerusform>
            <numerusform>%n problems must be fixed first: the provider would refuse the file and the fine-tune would not start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problem stops the fine-tune. %n warning(s) below may cost money or quality; you can start anyway or fix them first.</source>
        <translation>
            <numerusform>No problem stops the fine-tune. %n warning below may cost money or quality; you can start anyway or fix it first.</numerusform>
            <numerusform>No problem stops the fine-tune. %n warnings below may cost money or quality; you can start anyway or fix them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found: the provider should accept these %n example(s).</source>
        <translation>
            <numerusform>No problems found: the provider should accept this %n example.</numerusform>
            <numerusform>No problems found: the provider should accept these %n examples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) for training</source>
        <translation>
            <numerusform>%n example for training</numerusform>
            <numerusform>%n examples for training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for validation</source>
        <translation>
            <numerusform>%n for validation</numerusform>
            <numerusform>%n for validation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FineTuneCostPage</name>
    <message numerus="yes">
        <source>%n pass(es) over the examples</source>
        <translation>
            <numerusform>%n pass over the examples</numerusform>
            <numerusform>%n passes over the examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) over the examples (automatic)</source>
        <translation>
            <numerusform>%n pass over the examples (automatic)</numerusform>
            <numerusform>%n passes over the examples (automatic)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will teach %2 from %n training example(s) in %3.</source>
        <translation>
            <numerusform>%1 will teach %2 from %n training example in %3.</numerusform>
            <numerusform>%1 will teach %2 from %n training examples in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation example(s) measure how well it learns; they are not billed.</source>
        <translation>
            <numerusform>%n validation example measures how well it learns; it is not billed.</numerusform>
            <numerusform>%n validation examples measure how well it learns; they are not billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) are longer than the model takes and will be cut short.</source>
        <translation>
            <numerusform>%n example is longer than the model takes and will be cut short.</numerusform>
            <numerusform>%n examples are longer than the model takes and will be cut short.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FineTuneSetupPage</name>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n example)</numerusform>
            <numerusform>%1 (%n examples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <comment>days and hours</comment>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message numerus="yes">
        <source>%n job(s) found at the providers</source>
        <translation>
            <numerusform>%n job found at the providers</numerusform>
            <numerusform>%n jobs found at the providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the training curves of the %n selected jobs on one chart</source>
        <translation>
            <numerusform>Show the training curve of the selected job on one chart</numerusform>
            <numerusform>Show the training curves of the %n selected jobs on one chart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveExamplesCommand</name>
    <message numerus="yes">
        <source>Delete %n examples</source>
        <translation>
            <numerusform>Delete %n example</numerusform>
            <numerusform>Delete %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunComparisonPage</name>
    <message numerus="yes">
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>Comparing %n run</numerusform>
            <numerusform>Comparing %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message numerus="yes">
        <source>The instructions (system prompt) tell the model who it is and how to answer. This text replaces them in the %n selected example(s). Leave it empty to remove them.</source>
        <translation>
            <numerusform>The instructions (system prompt) tell the model who it is and how to answer. This text replaces them in the selected example. Leave it empty to remove them.</numerusform>
            <numerusform>The instructions (system prompt) tell the model who it is and how to answer. This text replaces them in the %n selected examples. Leave it empty to remove them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Example(s)</source>
        <translation>
            <numerusform>Apply to %n Example</numerusform>
            <numerusform>Apply to %n Examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TogetherHyperparameters</name>
    <message numerus="yes">
        <source>%n check(s) when you set examples aside, none otherwise.</source>
        <translation>
            <numerusform>%n check when you set examples aside, none otherwise.</numerusform>
            <numerusform>%n checks when you set examples aside, none otherwise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingAdvisor</name>
    <message numerus="yes">
        <source>The first measurements are coming in. After about %n steps this will say how training is going.</source>
        <translation>
            <numerusform>The first measurements are coming in. After about %n step this will say how training is going.</numerusform>
            <numerusform>The first measurements are coming in. After about %n steps this will say how training is going.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The validation loss has risen for the last %n epochs while the training loss keeps falling: the model may be memorising your examples; the checkpoint from epoch %1 may answer better.</source>
        <translation>
            <numerusform>The validation loss has risen for the last %n epoch while the training loss keeps falling: the model may be memorising your examples; the checkpoint from epoch %1 may answer better.</numerusform>
            <numerusform>The validation loss has risen for the last %n epochs while the training loss keeps falling: the model may be memorising your examples; the checkpoint from epoch %1 may answer better.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The validation loss has risen for the last %n epochs while the training loss keeps falling: the model may be memorising your examples. It did best after epoch %1: training again with %1 epochs may answer better.</source>
        <translation>
            <numerusform>The validation loss has risen for the last %n epoch while the training loss keeps falling: the model may be memorising your examples. It did best after epoch %1: training again with %1 epochs may answer better.</numerusform>
            <numerusform>The validation loss has risen for the last %n epochs while the training loss keeps falling: the model may be memorising your examples. It did best after epoch %1: training again with %1 epochs may answer better.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingProgress</name>
    <message numerus="yes">
        <source>about %n minutes left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days left</source>
        <translation>
            <numerusform>about %n day left</numerusform>
            <numerusform>about %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training is over: all %Ln steps are done.</source>
        <translation>
            <numerusform>Training is over: the %Ln step is done.</numerusform>
            <numerusform>Training is over: all %Ln steps are done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%1: %Ln examples, checked for %2 (%3).</source>
        <translation>
            <numerusform>%1: %Ln example, checked for %2 (%3).</numerusform>
            <numerusform>%1: %Ln examples, checked for %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln examples are longer than the model reads and will be cut off.</source>
        <translation>
            <numerusform>%Ln example is longer than the model reads and will be cut off.</numerusform>
            <numerusform>%Ln examples are longer than the model reads and will be cut off.</numerusform>
        </translation>
    </message>
</context>
</TS>
