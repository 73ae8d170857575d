<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ajuste</source>
        <translation>Sobre o Ajuste</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ajuste %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ajuste %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop studio to fine-tune language models without writing code: curate examples, check them, train on a provider and compare the answers.&lt;/p&gt;&lt;p&gt;Your examples stay on this computer until you choose to upload them.&lt;/p&gt;&lt;p&gt;Built with Qt %1. Tokenizer data © OpenAI (MIT licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um estúdio para fazer o ajuste fino de modelos de linguagem sem programar: organize exemplos, verifique-os, treine em um provedor e compare as respostas.&lt;/p&gt;&lt;p&gt;Seus exemplos ficam neste computador até você decidir enviá-los.&lt;/p&gt;&lt;p&gt;Feito com Qt %1. Dados do tokenizador © OpenAI (licença MIT).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddExampleCommand</name>
    <message>
        <source>Add an example</source>
        <translation>Adicionar um exemplo</translation>
    </message>
</context>
<context>
    <name>AddMessageCommand</name>
    <message>
        <source>Add a message</source>
        <translation>Adicionar uma mensagem</translation>
    </message>
</context>
<context>
    <name>AnswerStatsFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>custo desconhecido</translation>
    </message>
    <message>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <source>first words after %1</source>
        <translation>primeiras palavras após %1</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 no total</translation>
    </message>
    <message>
        <source>about %1 tokens in, about %2 out</source>
        <translation>cerca de %1 tokens de entrada, cerca de %2 de saída</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation>%1 tokens de entrada, %2 de saída</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The provider did not accept your API key. It may be mistyped, revoked or belong to another account: check it in Settings.</source>
        <translation>O provedor não aceitou sua chave de API. Ela pode estar digitada errada, ter sido revogada ou pertencer a outra conta: confira em Configurações.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Check that the key belongs to the right organisation or project and has the permissions needed.</source>
        <translation>Sua conta não tem permissão para fazer isso. Verifique se a chave pertence à organização ou ao projeto certo e se tem as permissões necessárias.</translation>
    </message>
    <message>
        <source>Your account has run out of credit or reached its spending limit. Add credit or raise the limit on the provider&apos;s website, then try again.</source>
        <translation>Sua conta ficou sem crédito ou atingiu o limite de gastos. Adicione crédito ou aumente o limite no site do provedor e tente de novo.</translation>
    </message>
    <message>
        <source>The provider is receiving too many requests from your account right now. Wait a minute, then try again.</source>
        <translation>O provedor está recebendo pedidos demais da sua conta agora. Espere um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>The provider did not accept the file. Check that it is a training file in the expected format (run &quot;Check dataset&quot;), then upload it again.</source>
        <translation>O provedor não aceitou o arquivo. Verifique se é um arquivo de treinamento no formato esperado (use &quot;Verificar conjunto de dados&quot;) e envie-o de novo.</translation>
    </message>
    <message>
        <source>The provider refused the request. The details say which setting it did not accept.</source>
        <translation>O provedor recusou o pedido. Os detalhes dizem qual configuração ele não aceitou.</translation>
    </message>
    <message>
        <source>The provider could not find what was asked for. It may have been deleted.</source>
        <translation>O provedor não encontrou o que foi pedido. Pode ter sido apagado.</translation>
    </message>
    <message>
        <source>The provider does not know this model, or your account cannot use it. Choose another model.</source>
        <translation>O provedor não conhece este modelo, ou sua conta não pode usá-lo. Escolha outro modelo.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your internet connection and the address in Settings, then try again.</source>
        <translation>Não foi possível falar com o provedor. Verifique sua conexão com a internet e o endereço em Configurações e tente de novo.</translation>
    </message>
    <message>
        <source>The provider took too long to answer. Try again; if it keeps happening, the service may be overloaded.</source>
        <translation>O provedor demorou demais para responder. Tente de novo; se continuar acontecendo, o serviço pode estar sobrecarregado.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified, so nothing was sent. Check the address and your computer&apos;s date and time; a proxy or firewall may be interfering.</source>
        <translation>Não foi possível verificar a conexão segura com o provedor, então nada foi enviado. Confira o endereço e a data e hora do seu computador; um proxy ou firewall pode estar interferindo.</translation>
    </message>
    <message>
        <source>The provider had a problem on its side. Try again in a few minutes.</source>
        <translation>O provedor teve um problema do lado dele. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived. Try again.</source>
        <translation>A conexão caiu antes de a resposta chegar inteira. Tente de novo.</translation>
    </message>
    <message>
        <source>The answer was cut off before it finished. What arrived is kept; try again for a complete answer.</source>
        <translation>A resposta foi interrompida antes de terminar. O que chegou foi mantido; tente de novo para ter a resposta completa.</translation>
    </message>
    <message>
        <source>The provider sent an answer Ajuste could not read. Try again; if it keeps happening, check the address in Settings.</source>
        <translation>O provedor enviou uma resposta que o Ajuste não conseguiu ler. Tente de novo; se continuar acontecendo, confira o endereço em Configurações.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>This address is not encrypted (it starts with http://), so Ajuste will not send anything to it. Use an https:// address; only servers on this computer may use http://.</source>
        <translation>Este endereço não é criptografado (começa com http://), então o Ajuste não vai enviar nada para ele. Use um endereço https://; só servidores neste computador podem usar http://.</translation>
    </message>
    <message>
        <source>This provider does not offer this.</source>
        <translation>Este provedor não oferece isso.</translation>
    </message>
    <message>
        <source>Ajuste could not read the file on this computer. Check that it still exists and that you are allowed to open it.</source>
        <translation>O Ajuste não conseguiu ler o arquivo neste computador. Verifique se ele ainda existe e se você tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <source>OpenAI did not start this fine-tune: it now accepts new jobs only from organisations that already fine-tune, and none after 6 January 2027. Models you already tuned keep answering. To train, add a Together AI profile (or another provider) in Settings and start the job there: your dataset works unchanged.</source>
        <translation>A OpenAI não iniciou este treinamento: agora ela só aceita novos treinamentos de organizações que já fazem ajuste fino, e nenhum depois de 6 de janeiro de 2027. Os modelos que você já ajustou continuam respondendo. Para treinar, adicione um perfil da Together AI (ou de outro provedor) nas Configurações e inicie o treinamento lá: seu conjunto de dados funciona sem mudanças.</translation>
    </message>
    <message>
        <source>There is no API key for this provider. Add it in Settings, Providers, then try again.</source>
        <translation>Não há chave de API para este provedor. Adicione-a em Configurações, Provedores, e tente de novo.</translation>
    </message>
    <message>
        <source>Ajuste could not start the offline Sandbox. Try again; if it keeps happening, reinstall Ajuste or choose another provider in Settings.</source>
        <translation>O Ajuste não conseguiu iniciar o Sandbox offline. Tente de novo; se continuar acontecendo, reinstale o Ajuste ou escolha outro provedor nas Configurações.</translation>
    </message>
    <message>
        <source>This provider is no longer set up in Ajuste. Choose another one, or add it again in Settings.</source>
        <translation>Este provedor não está mais configurado no Ajuste. Escolha outro ou adicione-o de novo nas Configurações.</translation>
    </message>
    <message>
        <source>Ajuste could not read the API key from the system keychain (it may be locked or not answering). Unlock it, or type the key again in Settings; it is then kept until you quit.</source>
        <translation>O Ajuste não conseguiu ler a chave de API no chaveiro do sistema (ele pode estar bloqueado ou sem responder). Desbloqueie-o ou digite a chave de novo nas Configurações; ela fica guardada até você sair do Ajuste.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>The server answered with a web page (%1) instead of the provider&apos;s data: a Wi-Fi sign-in page, a proxy or a wrong address may be in the way.</source>
        <translation>O servidor respondeu com uma página da web (%1) em vez dos dados do provedor: uma página de login do Wi-Fi, um proxy ou um endereço errado podem estar no caminho.</translation>
    </message>
</context>
<context>
    <name>BackgroundWriter</name>
    <message>
        <source>Ajuste could not store a change to many examples, so it was not made. Check that the disk is not full, then try again. (%1)</source>
        <translation>O Ajuste não conseguiu gravar uma alteração em muitos exemplos, por isso ela não foi feita. Verifique se o disco não está cheio e tente de novo. (%1)</translation>
    </message>
</context>
<context>
    <name>BatchCompareDialog</name>
    <message>
        <source>Batch Compare</source>
        <translation>Comparação em lote</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Ask every model every prompt</source>
        <translation>Fazer todas as perguntas a todos os modelos</translation>
    </message>
    <message>
        <source>Change Setup</source>
        <translation>Alterar configuração</translation>
    </message>
    <message>
        <source>Choose other prompts or models; these answers are left behind</source>
        <translation>Escolha outras perguntas ou modelos; estas respostas ficam para trás</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Reading the prompts…</source>
        <translation>Lendo as perguntas…</translation>
    </message>
    <message>
        <source>The examples could not be read from the workspace.</source>
        <translation>Não foi possível ler os exemplos do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Batch compare %1</source>
        <translation>Comparação em lote %1</translation>
    </message>
    <message>
        <source>Batch compare: %1 (%2)</source>
        <translation>Comparação em lote: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BatchCsv</name>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Not asked: the comparison was cancelled.</source>
        <translation>Não perguntado: a comparação foi cancelada.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder you may write in.</source>
        <translation>Não é possível gravar “%1”: %2. Escolha uma pasta em que você tenha permissão para gravar.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check that the disk has room.</source>
        <translation>Não foi possível salvar “%1”: %2. Verifique se há espaço livre no disco.</translation>
    </message>
</context>
<context>
    <name>BatchModelPicker</name>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>The provider that runs this model</source>
        <translation>O provedor que executa este modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model&apos;s name</source>
        <translation>O nome do modelo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Leave this model out</source>
        <translation>Deixar este modelo de fora</translation>
    </message>
    <message>
        <source>The list of models could not be read: %1 You can still type a model&apos;s name.</source>
        <translation>Não foi possível ler a lista de modelos: %1 Você ainda pode digitar o nome de um modelo.</translation>
    </message>
</context>
<context>
    <name>BatchPromptLoader</name>
    <message>
        <source>Example %1 has no message to answer.</source>
        <translation>O exemplo %1 não tem mensagem a ser respondida.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check the file&apos;s name and that you may open it.</source>
        <translation>Não é possível ler “%1”: %2. Verifique o nome do arquivo e se você tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2.</source>
        <translation>A linha %1 não é um objeto JSON: %2.</translation>
    </message>
    <message>
        <source>Line %1 has no message to answer (a chat example has &quot;messages&quot; with a user message).</source>
        <translation>A linha %1 não tem mensagem a ser respondida (um exemplo de conversa tem &quot;messages&quot; com uma mensagem do usuário).</translation>
    </message>
    <message>
        <source>“%1” holds no prompts. Each line should be a chat example, such as {&quot;messages&quot;: [{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;…&quot;}]}.</source>
        <translation>“%1” não contém perguntas. Cada linha deve ser um exemplo de conversa, como {&quot;messages&quot;: [{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;…&quot;}]}.</translation>
    </message>
    <message>
        <source>This dataset has no validation examples to compare on. Put some aside with “Make a Validation Split…” on the Datasets page, or choose the training examples.</source>
        <translation>Este conjunto de dados não tem exemplos de validação para comparar. Separe alguns com “Separar exemplos para validação…” na página Conjuntos de dados ou escolha os exemplos de treinamento.</translation>
    </message>
    <message>
        <source>This dataset has no examples to compare on.</source>
        <translation>Este conjunto de dados não tem exemplos para comparar.</translation>
    </message>
    <message>
        <source>The chosen examples have no message to answer.</source>
        <translation>Os exemplos escolhidos não têm mensagem a ser respondida.</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Choose the row to read it whole below the table.</source>
        <translation>Escolha a linha para lê-la por inteiro abaixo da tabela.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Perguntando…</translation>
    </message>
    <message>
        <source>Not asked (cancelled)</source>
        <translation>Não perguntado (cancelado)</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sem resposta: %1</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Ambas ruins</translation>
    </message>
    <message>
        <source>All bad</source>
        <translation>Todas ruins</translation>
    </message>
    <message>
        <source>Answer %1 is better</source>
        <translation>A resposta %1 é melhor</translation>
    </message>
    <message>
        <source>%1 is better</source>
        <translation>%1 é melhor</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n token</numerusform>
            <numerusform>%1 · %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Dataset&apos;s answer</source>
        <translation>Resposta do conjunto de dados</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>Sua avaliação</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Tempo %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>Time and tokens</source>
        <translation>Tempo e tokens</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n token(s)</source>
        <translation>
            <numerusform>%1 · cerca de %n token</numerusform>
            <numerusform>%1 · cerca de %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReviewPage</name>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Respostas recebidas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop asking; the answers already here stay</source>
        <translation>Parar de perguntar; as respostas já recebidas são mantidas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table for a spreadsheet: one row per example</source>
        <translation>Salvar a tabela para uma planilha: uma linha por exemplo</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>The answers are as good as each other (T)</source>
        <translation>As respostas são igualmente boas (T)</translation>
    </message>
    <message>
        <source>Show the Models</source>
        <translation>Mostrar os modelos</translation>
    </message>
    <message>
        <source>Say which model wrote each answer (the end of the blind comparison)</source>
        <translation>Mostrar qual modelo escreveu cada resposta (encerra a comparação às cegas)</translation>
    </message>
    <message>
        <source>Answer %1 Is Better</source>
        <translation>Resposta %1 é melhor</translation>
    </message>
    <message>
        <source>The answer in column %1 is the better one (%1)</source>
        <translation>A resposta da coluna %1 é a melhor (%1)</translation>
    </message>
    <message>
        <source>Both Bad</source>
        <translation>Ambas ruins</translation>
    </message>
    <message>
        <source>All Bad</source>
        <translation>Todas ruins</translation>
    </message>
    <message>
        <source>No answer is good enough (B)</source>
        <translation>Nenhuma resposta é boa o bastante (B)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n token</numerusform>
            <numerusform>%1 · %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Dataset&apos;s answer</source>
        <translation>Resposta do conjunto de dados</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Resposta %1: %2</translation>
    </message>
    <message>
        <source>This row can be rated once every model has answered it.</source>
        <translation>Esta linha pode ser avaliada quando todos os modelos tiverem respondido.</translation>
    </message>
    <message>
        <source>Your verdict: %1. Choose again to change it.</source>
        <translation>Sua avaliação: %1. Escolha de novo para alterá-la.</translation>
    </message>
    <message>
        <source>Which answer is better? Read them side by side above.</source>
        <translation>Qual resposta é melhor? Leia-as lado a lado acima.</translation>
    </message>
    <message>
        <source>Your verdict could not be kept in the workspace.</source>
        <translation>Não foi possível guardar sua avaliação no espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation>%1 de %2 respostas</translation>
    </message>
    <message numerus="yes">
        <source>Asking… %n answer(s) failed</source>
        <translation>
            <numerusform>Perguntando… %n resposta falhou</numerusform>
            <numerusform>Perguntando… %n respostas falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Perguntando…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>Done; %n answer(s) failed</source>
        <translation>
            <numerusform>Concluído; %n resposta falhou</numerusform>
            <numerusform>Concluído; %n respostas falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Export the Answers</source>
        <translation>Exportar as respostas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Planilhas (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
</context>
<context>
    <name>BatchSetupPage</name>
    <message>
        <source>Prompts</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>The examples of a dataset:</source>
        <translation>Os exemplos de um conjunto de dados:</translation>
    </message>
    <message>
        <source>The examples chosen on the Datasets page</source>
        <translation>Os exemplos escolhidos na página Conjuntos de dados</translation>
    </message>
    <message>
        <source>The examples of a file (JSONL):</source>
        <translation>Os exemplos de um arquivo (JSONL):</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Which examples</source>
        <translation>Quais exemplos</translation>
    </message>
    <message>
        <source>Validation examples</source>
        <translation>Exemplos de validação</translation>
    </message>
    <message>
        <source>Training examples</source>
        <translation>Exemplos de treinamento</translation>
    </message>
    <message>
        <source>All examples</source>
        <translation>Todos os exemplos</translation>
    </message>
    <message>
        <source>A file of chat examples, one per line</source>
        <translation>Um arquivo de exemplos de conversa, um por linha</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Each example&apos;s conversation up to its last answer is asked; that answer is shown beside the models&apos; as the dataset&apos;s own.</source>
        <translation>A conversa de cada exemplo é enviada até a última resposta; essa resposta aparece ao lado das dos modelos como a do próprio conjunto de dados.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Two to four models answer every prompt: for example the base model and the model you tuned from it.</source>
        <translation>De dois a quatro modelos respondem a cada pergunta: por exemplo, o modelo base e o modelo que você ajustou a partir dele.</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>Adicionar modelo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como comparar</translation>
    </message>
    <message>
        <source>More at a time is faster; a provider may refuse too many at once (rate limits).</source>
        <translation>Fazer mais perguntas ao mesmo tempo é mais rápido; um provedor pode recusar muitas de uma vez (limites de uso).</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>O padrão do provedor</translation>
    </message>
    <message>
        <source>How varied the answers are: 0 gives the same answer every time, higher values vary more (temperature).</source>
        <translation>O quanto as respostas variam: 0 dá sempre a mesma resposta, valores maiores variam mais (temperatura).</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Answers stop after this many tokens (max_completion_tokens).</source>
        <translation>As respostas param depois desse número de tokens (max_completion_tokens).</translation>
    </message>
    <message>
        <source>Hide which model wrote which answer until I have rated them</source>
        <translation>Ocultar qual modelo escreveu cada resposta até eu avaliá-las</translation>
    </message>
    <message>
        <source>Blind comparison: the answers are shown in a different order on each row, so you judge the words and not the name.</source>
        <translation>Comparação às cegas: as respostas aparecem em uma ordem diferente em cada linha, para que você julgue o texto e não o nome.</translation>
    </message>
    <message>
        <source>Questions at a time:</source>
        <translation>Perguntas simultâneas:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>Longest answer:</source>
        <translation>Resposta mais longa:</translation>
    </message>
    <message numerus="yes">
        <source>The %n example(s) chosen on the Datasets page</source>
        <translation>
            <numerusform>O %n exemplo escolhido na página Conjuntos de dados</numerusform>
            <numerusform>Os %n exemplos escolhidos na página Conjuntos de dados</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Prompts</source>
        <translation>Escolha as perguntas</translation>
    </message>
    <message>
        <source>Chat examples (*.jsonl);;All files (*)</source>
        <translation>Exemplos de conversa (*.jsonl);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n chosen example(s)</source>
        <translation>
            <numerusform>%1, %n exemplo escolhido</numerusform>
            <numerusform>%1, %n exemplos escolhidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a dataset, or a file of examples.</source>
        <translation>Escolha um conjunto de dados ou um arquivo de exemplos.</translation>
    </message>
    <message>
        <source>Choose the file of examples to ask.</source>
        <translation>Escolha o arquivo de exemplos com as perguntas.</translation>
    </message>
    <message>
        <source>Choose a model in every row, or remove the empty row.</source>
        <translation>Escolha um modelo em cada linha ou remova a linha vazia.</translation>
    </message>
    <message>
        <source>“%1” is chosen twice: compare different models.</source>
        <translation>“%1” foi escolhido duas vezes: compare modelos diferentes.</translation>
    </message>
</context>
<context>
    <name>BlindRound</name>
    <message>
        <source>Answer %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>You picked %1. Reveal to see which model wrote it.</source>
        <translation>Você escolheu %1. Revele para ver qual modelo a escreveu.</translation>
    </message>
    <message>
        <source>%1 wrote the better answer (%2).</source>
        <translation>%1 escreveu a resposta melhor (%2).</translation>
    </message>
    <message>
        <source>%1 wrote the best answer (%2).</source>
        <translation>%1 escreveu a melhor resposta (%2).</translation>
    </message>
    <message>
        <source>You found the answers equally good.</source>
        <translation>Você achou as respostas igualmente boas.</translation>
    </message>
    <message>
        <source>You found both answers bad.</source>
        <translation>Você achou as duas respostas ruins.</translation>
    </message>
    <message>
        <source>You found all the answers bad.</source>
        <translation>Você achou todas as respostas ruins.</translation>
    </message>
</context>
<context>
    <name>BulkEditController</name>
    <message numerus="yes">
        <source>Replaced %n time(s).</source>
        <translation>
            <numerusform>%n substituição feita.</numerusform>
            <numerusform>%n substituições feitas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) are now kept for validation.</source>
        <translation>
            <numerusform>%n exemplo agora fica reservado para validação.</numerusform>
            <numerusform>%n exemplos agora ficam reservados para validação.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkReplaceCommand</name>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>Substituir “%1” por “%2”</translation>
    </message>
</context>
<context>
    <name>BulkSystemPromptCommand</name>
    <message numerus="yes">
        <source>Change the instructions of %n examples</source>
        <translation>
            <numerusform>Alterar a instrução do sistema de %n exemplo</numerusform>
            <numerusform>Alterar a instrução do sistema de %n exemplos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Token accuracy</source>
        <translation>Acurácia por token</translation>
    </message>
    <message>
        <source>Loss: how far the model&apos;s answers are from your examples&apos; (lower is better). Token accuracy: the share of words the model predicted exactly (higher is better).</source>
        <translation>Perda: o quanto as respostas do modelo se afastam das respostas dos seus exemplos (quanto menor, melhor). Acurácia por token: a parcela de palavras que o modelo previu exatamente (quanto maior, melhor).</translation>
    </message>
    <message>
        <source>&amp;Along:</source>
        <translation>&amp;Ao longo de:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>A step is one batch of examples; an epoch is one pass over all your examples. Epochs line up runs over datasets of different sizes.</source>
        <translation>Um passo é um lote de exemplos; uma época é uma passagem por todos os seus exemplos. As épocas alinham treinamentos feitos com conjuntos de dados de tamanhos diferentes.</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Spread out the small values, so changes late in training show.</source>
        <translation>Espalha os valores pequenos, para que as mudanças no fim do treinamento apareçam.</translation>
    </message>
    <message>
        <source>S&amp;moothing:</source>
        <translation>&amp;Suavização:</translation>
    </message>
    <message>
        <source>How much the bold line evens out the step-to-step jumps of the training curve (0 = not at all). The faint line shows every step.</source>
        <translation>O quanto a linha grossa nivela os saltos de um passo para outro na curva de treinamento (0 = nada). A linha clara mostra todos os passos.</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Redefinir zoom</translation>
    </message>
    <message>
        <source>Show the whole run again. Drag across the chart to zoom in.</source>
        <translation>Mostrar o treinamento inteiro de novo. Arraste sobre o gráfico para ampliar.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sal&amp;var</translation>
    </message>
    <message>
        <source>Picture of the Chart (PNG)…</source>
        <translation>Imagem do gráfico (PNG)…</translation>
    </message>
    <message>
        <source>Measurements as a Spreadsheet (CSV)…</source>
        <translation>Medições como planilha (CSV)…</translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Lines that are not readable</source>
        <translation>Linhas ilegíveis</translation>
    </message>
    <message>
        <source>Lines that are not an example</source>
        <translation>Linhas que não são um exemplo</translation>
    </message>
    <message>
        <source>Examples without a conversation</source>
        <translation>Exemplos sem conversa</translation>
    </message>
    <message>
        <source>Messages that are not readable</source>
        <translation>Mensagens ilegíveis</translation>
    </message>
    <message>
        <source>Messages without a speaker</source>
        <translation>Mensagens sem autor</translation>
    </message>
    <message>
        <source>Messages with an unknown speaker</source>
        <translation>Mensagens com autor desconhecido</translation>
    </message>
    <message>
        <source>Messages without text</source>
        <translation>Mensagens sem texto</translation>
    </message>
    <message>
        <source>Messages whose text is not text</source>
        <translation>Mensagens cujo texto não é texto</translation>
    </message>
    <message>
        <source>Empty messages</source>
        <translation>Mensagens vazias</translation>
    </message>
    <message>
        <source>Empty messages at the end</source>
        <translation>Mensagens vazias no final</translation>
    </message>
    <message>
        <source>Messages with unknown fields</source>
        <translation>Mensagens com campos desconhecidos</translation>
    </message>
    <message>
        <source>Examples without an answer</source>
        <translation>Exemplos sem resposta</translation>
    </message>
    <message>
        <source>Tools described incorrectly</source>
        <translation>Ferramentas descritas de forma incorreta</translation>
    </message>
    <message>
        <source>Tool calls written incorrectly</source>
        <translation>Chamadas de ferramenta escritas de forma incorreta</translation>
    </message>
    <message>
        <source>Tool calls with unreadable arguments</source>
        <translation>Chamadas de ferramenta com argumentos ilegíveis</translation>
    </message>
    <message>
        <source>Tool calls outside an answer</source>
        <translation>Chamadas de ferramenta fora de uma resposta</translation>
    </message>
    <message>
        <source>Tool results without a call</source>
        <translation>Resultados da ferramenta sem chamada</translation>
    </message>
    <message>
        <source>Answers marked neither to learn nor to skip</source>
        <translation>Respostas sem a marca de aprender ou ignorar</translation>
    </message>
    <message>
        <source>Learn/skip marks on messages that are not answers</source>
        <translation>Marcas de aprender/ignorar em mensagens que não são respostas</translation>
    </message>
    <message>
        <source>Comparisons without both answers</source>
        <translation>Comparações sem as duas respostas</translation>
    </message>
    <message>
        <source>Too few examples</source>
        <translation>Exemplos de menos</translation>
    </message>
    <message>
        <source>Examples too long for the model</source>
        <translation>Exemplos longos demais para o modelo</translation>
    </message>
    <message>
        <source>Repeated examples</source>
        <translation>Exemplos repetidos</translation>
    </message>
    <message>
        <source>Test examples also used for training</source>
        <translation>Exemplos de validação também usados no treinamento</translation>
    </message>
    <message>
        <source>Examples the model learns nothing from</source>
        <translation>Exemplos com os quais o modelo não aprende nada</translation>
    </message>
    <message>
        <source>Comparisons with two equal answers</source>
        <translation>Comparações com duas respostas iguais</translation>
    </message>
    <message>
        <source>Examples with unknown fields</source>
        <translation>Exemplos com campos desconhecidos</translation>
    </message>
    <message>
        <source>Few examples</source>
        <translation>Poucos exemplos</translation>
    </message>
    <message>
        <source>Examples without instructions</source>
        <translation>Exemplos sem instrução do sistema</translation>
    </message>
    <message>
        <source>Examples without a user message</source>
        <translation>Exemplos sem mensagem do usuário</translation>
    </message>
    <message>
        <source>Open the file in a text editor and correct this line, or remove it: each line must be one complete example.</source>
        <translation>Abra o arquivo em um editor de texto e corrija esta linha, ou remova-a: cada linha deve ser um exemplo completo.</translation>
    </message>
    <message>
        <source>Each line must be one example in curly braces { }; remove this line or rewrite it as an example.</source>
        <translation>Cada linha deve ser um exemplo entre chaves { }; remova esta linha ou reescreva-a como um exemplo.</translation>
    </message>
    <message>
        <source>Give the example a conversation: at least a user message and the answer you want.</source>
        <translation>Dê uma conversa ao exemplo: pelo menos uma mensagem do usuário e a resposta que você quer.</translation>
    </message>
    <message>
        <source>Rewrite this message with a speaker and a text, or remove it.</source>
        <translation>Reescreva esta mensagem com um autor e um texto, ou remova-a.</translation>
    </message>
    <message>
        <source>Choose who is speaking in this message: instructions, user, assistant or tool.</source>
        <translation>Escolha quem fala nesta mensagem: instrução do sistema, usuário, assistente ou ferramenta.</translation>
    </message>
    <message>
        <source>Choose one of the speakers the provider knows: instructions (system), user, assistant or tool.</source>
        <translation>Escolha um dos autores que o provedor conhece: instrução do sistema (system), usuário, assistente ou ferramenta.</translation>
    </message>
    <message>
        <source>Write the text of this message, or remove the message.</source>
        <translation>Escreva o texto desta mensagem, ou remova a mensagem.</translation>
    </message>
    <message>
        <source>Replace the content of this message with plain text.</source>
        <translation>Substitua o conteúdo desta mensagem por texto simples.</translation>
    </message>
    <message>
        <source>Remove the empty message at the end of the conversation.</source>
        <translation>Remova a mensagem vazia no final da conversa.</translation>
    </message>
    <message>
        <source>Remove the fields the provider does not know from this message.</source>
        <translation>Remova desta mensagem os campos que o provedor não conhece.</translation>
    </message>
    <message>
        <source>Add the answer you want the model to give: an assistant message.</source>
        <translation>Adicione a resposta que você quer que o modelo dê: uma mensagem do assistente.</translation>
    </message>
    <message>
        <source>Each tool needs the type &quot;function&quot; and a function with a name; correct or remove the tool.</source>
        <translation>Cada ferramenta precisa do tipo &quot;function&quot; e de uma função com nome; corrija ou remova a ferramenta.</translation>
    </message>
    <message>
        <source>Each tool call needs an id, the type &quot;function&quot; and the name of the function; correct or remove the call.</source>
        <translation>Cada chamada de ferramenta precisa de um id, do tipo &quot;function&quot; e do nome da função; corrija ou remova a chamada.</translation>
    </message>
    <message>
        <source>Write the arguments of the tool call as valid JSON text, for example {&quot;city&quot;: &quot;Recife&quot;}.</source>
        <translation>Escreva os argumentos da chamada de ferramenta como texto JSON válido, por exemplo {&quot;city&quot;: &quot;Recife&quot;}.</translation>
    </message>
    <message>
        <source>Only the assistant calls tools: move the tool call to an assistant message.</source>
        <translation>Só o assistente chama ferramentas: mova a chamada de ferramenta para uma mensagem do assistente.</translation>
    </message>
    <message>
        <source>Give the tool result the id of the tool call it answers, or remove it.</source>
        <translation>Dê ao resultado da ferramenta o id da chamada de ferramenta que ele responde, ou remova-o.</translation>
    </message>
    <message>
        <source>Mark the answer as one the model learns from (1) or skips (0).</source>
        <translation>Marque a resposta como uma com a qual o modelo aprende (1) ou que ele ignora (0).</translation>
    </message>
    <message>
        <source>Remove the learn/skip mark: only assistant answers can have one.</source>
        <translation>Remova a marca de aprender/ignorar: só respostas do assistente podem tê-la.</translation>
    </message>
    <message>
        <source>Write both answers: the one you prefer and the one you do not.</source>
        <translation>Escreva as duas respostas: a preferida e a rejeitada.</translation>
    </message>
    <message>
        <source>Add examples: the provider needs at least 10.</source>
        <translation>Adicione exemplos: o provedor precisa de pelo menos 10.</translation>
    </message>
    <message>
        <source>Shorten the conversation or split it in two; the part beyond the model&apos;s limit will be cut off.</source>
        <translation>Encurte a conversa ou divida-a em duas; a parte além do limite do modelo será cortada.</translation>
    </message>
    <message>
        <source>Remove the copy: repeated examples cost money and make the model repeat itself.</source>
        <translation>Remova a cópia: exemplos repetidos custam dinheiro e fazem o modelo se repetir.</translation>
    </message>
    <message>
        <source>Remove the copy from the test examples: a test the model has already seen measures nothing.</source>
        <translation>Remova a cópia dos exemplos de validação: um teste que o modelo já viu não mede nada.</translation>
    </message>
    <message>
        <source>Mark at least one answer as one the model learns from.</source>
        <translation>Marque pelo menos uma resposta como uma com a qual o modelo aprende.</translation>
    </message>
    <message>
        <source>Change one of the answers so the model can see which one you prefer.</source>
        <translation>Mude uma das respostas para que o modelo veja qual você prefere.</translation>
    </message>
    <message>
        <source>Remove the fields the provider does not know from the example.</source>
        <translation>Remova do exemplo os campos que o provedor não conhece.</translation>
    </message>
    <message>
        <source>Add more examples: 50 to 100 good ones usually give clearly better results.</source>
        <translation>Adicione mais exemplos: 50 a 100 bons exemplos costumam dar resultados claramente melhores.</translation>
    </message>
    <message>
        <source>Consider adding instructions (a system message) that you will also use with the tuned model.</source>
        <translation>Considere adicionar uma instrução do sistema que você também usará com o modelo ajustado.</translation>
    </message>
    <message>
        <source>Consider adding the user&apos;s message the answer responds to.</source>
        <translation>Considere adicionar a mensagem do usuário à qual a resposta responde.</translation>
    </message>
    <message>
        <source>Messages with hidden characters</source>
        <translation>Mensagens com caracteres ocultos</translation>
    </message>
    <message>
        <source>Delete the hidden characters unless you put them there on purpose: they can make a text read differently from what it says, or hide words.</source>
        <translation>Apague os caracteres ocultos, a menos que você os tenha colocado de propósito: eles podem fazer um texto parecer dizer outra coisa ou esconder palavras.</translation>
    </message>
</context>
<context>
    <name>CheckFile</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo %1: %2</translation>
    </message>
</context>
<context>
    <name>CheckIssue</name>
    <message>
        <source>Example %L1 (line %L2)</source>
        <translation>Exemplo %L1 (linha %L2)</translation>
    </message>
    <message>
        <source>Example %L1</source>
        <translation>Exemplo %L1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Errors: the provider will refuse the file</source>
        <translation>Erros: o provedor vai recusar o arquivo</translation>
    </message>
    <message>
        <source>Warnings: the training will run, but not as you expect</source>
        <translation>Avisos: o treinamento vai rodar, mas não como você espera</translation>
    </message>
    <message>
        <source>Advice: worth a look</source>
        <translation>Sugestões: vale a pena conferir</translation>
    </message>
</context>
<context>
    <name>CheckIssueModel</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Check dataset</source>
        <translation>Verificar conjunto de dados</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>Fix all of this kind</source>
        <translation>Corrigir todos deste tipo</translation>
    </message>
    <message>
        <source>Check the dataset to see whether the provider will accept it.</source>
        <translation>Verifique o conjunto de dados para saber se o provedor vai aceitá-lo.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Apply the safe fix to this example. You can undo it.</source>
        <translation>Aplicar a correção segura a este exemplo. Você pode desfazê-la.</translation>
    </message>
    <message>
        <source>Apply the safe fix to every example with this kind of problem. You can undo it.</source>
        <translation>Aplicar a correção segura a todos os exemplos com este tipo de problema. Você pode desfazê-la.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors: the provider will refuse this dataset until they are fixed.</source>
        <translation>
            <numerusform>%Ln erro: o provedor vai recusar este conjunto de dados até que ele seja corrigido.</numerusform>
            <numerusform>%Ln erros: o provedor vai recusar este conjunto de dados até que eles sejam corrigidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings, %1 advice.</source>
        <translation>
            <numerusform>%Ln aviso; sugestões: %1.</numerusform>
            <numerusform>%Ln avisos; sugestões: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors: the provider will accept this dataset. %Ln warnings are worth a look.</source>
        <translation>
            <numerusform>Nenhum erro: o provedor vai aceitar este conjunto de dados. %Ln aviso merece uma olhada.</numerusform>
            <numerusform>Nenhum erro: o provedor vai aceitar este conjunto de dados. %Ln avisos merecem uma olhada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors and no warnings: the provider will accept this dataset.</source>
        <translation>Nenhum erro e nenhum aviso: o provedor vai aceitar este conjunto de dados.</translation>
    </message>
    <message>
        <source>Checking example %L1 of %L2…</source>
        <translation>Verificando o exemplo %L1 de %L2…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>Como corrigir: %1</translation>
    </message>
    <message>
        <source>Remove this copy</source>
        <translation>Remover esta cópia</translation>
    </message>
    <message>
        <source>Fix all of this kind (%L1)</source>
        <translation>Corrigir todos deste tipo (%L1)</translation>
    </message>
    <message>
        <source>Remove every example with this problem. You can undo it.</source>
        <translation>Remover todos os exemplos com este problema. Você pode desfazer.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The workspace cannot be read to check the dataset: %1</source>
        <translation>Não é possível ler o espaço de trabalho para verificar o conjunto de dados: %1</translation>
    </message>
    <message>
        <source>The examples cannot be read to check them: %1</source>
        <translation>Não é possível ler os exemplos para verificá-los: %1</translation>
    </message>
</context>
<context>
    <name>CheckpointsModel</name>
    <message>
        <source>%1
Use this name to chat with the model as it was at step %L2.</source>
        <translation>%1
Use este nome para conversar com o modelo como ele estava no passo %L2.</translation>
    </message>
    <message>
        <source>How wrong the model still was on the training examples: lower is better</source>
        <translation>O quanto o modelo ainda errava nos exemplos de treinamento: quanto menor, melhor</translation>
    </message>
    <message>
        <source>How wrong it was on the validation examples it never learned from: lower is better, and the truer measure</source>
        <translation>O quanto ele errava nos exemplos de validação, com os quais nunca aprendeu: quanto menor, melhor, e é a medida mais fiel</translation>
    </message>
    <message>
        <source>The share of answer tokens it predicted right</source>
        <translation>A parcela dos tokens da resposta que ele previu corretamente</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perda de treinamento</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perda de validação</translation>
    </message>
    <message>
        <source>Token accuracy</source>
        <translation>Acurácia por token</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nome do modelo</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Ajuste could not open “%1”: %2</source>
        <translation>O Ajuste não conseguiu abrir “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” has no rows to import.</source>
        <translation>“%1” não tem linhas para importar.</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>A primeira linha contém os nomes das colunas</translation>
    </message>
    <message>
        <source>Columns of “%1”</source>
        <translation>Colunas de “%1”</translation>
    </message>
    <message>
        <source>Each row of the table becomes one example: a question from the user and the answer the model should learn. Choose the columns that hold them.</source>
        <translation>Cada linha da tabela vira um exemplo: uma pergunta do usuário e a resposta que o modelo deve aprender. Escolha as colunas que as contêm.</translation>
    </message>
    <message>
        <source>Optional: instructions for every example</source>
        <translation>Opcional: instruções para todos os exemplos</translation>
    </message>
    <message>
        <source>Used as the system prompt of rows that have none</source>
        <translation>Usada como instrução do sistema nas linhas que não têm nenhuma</translation>
    </message>
    <message>
        <source>The user&apos;s question:</source>
        <translation>A pergunta do usuário:</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>A resposta:</translation>
    </message>
    <message>
        <source>Instructions column:</source>
        <translation>Coluna de instruções:</translation>
    </message>
    <message>
        <source>Instructions for all:</source>
        <translation>Instruções para todos:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Os primeiros exemplos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>Column %1 (%2)</source>
        <translation>Coluna %1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>The question and the answer come from the same column; choose two different columns.</source>
        <translation>A pergunta e a resposta vêm da mesma coluna; escolha duas colunas diferentes.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: %1 [WORKSPACE]
       %1 COMMAND [OPTIONS]

Without a command, Ajuste opens its window (with WORKSPACE if given).

</source>
        <translation>Uso: %1 [ESPAÇO_DE_TRABALHO]
     %1 COMANDO [OPÇÕES]

Sem um comando, o Ajuste abre sua janela (com o ESPAÇO_DE_TRABALHO, se indicado).

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Comandos:
</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.
</source>
        <translation>Execute “%1 COMANDO --help” para ver as opções de um comando.
</translation>
    </message>
    <message>
        <source>Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
</source>
        <translation>Opções:
  -h, --help     Mostra esta ajuda.
  -v, --version  Mostra a versão.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconhecido: “%1”.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>A JSONL file of chat examples: each line&apos;s conversation up to its last assistant message is the prompt, that message the reference answer.</source>
        <translation>Um arquivo JSONL de exemplos de conversa: em cada linha, a conversa até a última mensagem do assistente é a pergunta, e essa mensagem é a resposta de referência.</translation>
    </message>
    <message>
        <source>With --workspace: the dataset whose examples are the prompts, instead of --prompts.</source>
        <translation>Com --workspace: o conjunto de dados cujos exemplos são as perguntas, em vez de --prompts.</translation>
    </message>
    <message>
        <source>With --dataset: validation (the default), train, or all.</source>
        <translation>Com --dataset: validation (o padrão), train ou all.</translation>
    </message>
    <message>
        <source>A model to ask; give two or more, each with its own --model.</source>
        <translation>Um modelo a consultar; informe dois ou mais, cada um com seu próprio --model.</translation>
    </message>
    <message>
        <source>The CSV file to write the answers to.</source>
        <translation>O arquivo CSV onde gravar as respostas.</translation>
    </message>
    <message>
        <source>How varied the answers are, from 0 (the same every time) to 2 (default: the provider&apos;s).</source>
        <translation>O quanto as respostas variam, de 0 (sempre iguais) a 2 (padrão: o do provedor).</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (default: the provider&apos;s).</source>
        <translation>A resposta mais longa, em tokens (padrão: o do provedor).</translation>
    </message>
    <message>
        <source>How many questions are sent at a time (default: %1).</source>
        <translation>Quantas perguntas são enviadas de cada vez (padrão: %1).</translation>
    </message>
    <message>
        <source>Give the prompts with either --prompts FILE or --workspace W --dataset NAME.</source>
        <translation>Informe as perguntas com --prompts ARQUIVO ou com --workspace W --dataset NOME.</translation>
    </message>
    <message>
        <source>--split goes with --dataset.</source>
        <translation>--split só funciona junto com --dataset.</translation>
    </message>
    <message>
        <source>“%1” is not a split. Use --split validation, train or all.</source>
        <translation>“%1” não é uma divisão válida. Use --split validation, train ou all.</translation>
    </message>
    <message>
        <source>Name at least two models to compare, each with --model, for example --model gpt-4o-mini --model ft:gpt-4o-mini:acme::abc123.</source>
        <translation>Informe pelo menos dois modelos para comparar, cada um com --model, por exemplo --model gpt-4o-mini --model ft:gpt-4o-mini:acme::abc123.</translation>
    </message>
    <message>
        <source>Name each model once.</source>
        <translation>Informe cada modelo uma só vez.</translation>
    </message>
    <message>
        <source>Say where to write the answers with --out FILE.csv.</source>
        <translation>Diga onde gravar as respostas com --out ARQUIVO.csv.</translation>
    </message>
    <message>
        <source>“%1” is not an option of compare.</source>
        <translation>“%1” não é uma opção de compare.</translation>
    </message>
    <message>
        <source>--temperature takes a number from 0 to 2, for example 0.7 (with a dot).</source>
        <translation>--temperature aceita um número de 0 a 2, por exemplo 0.7 (com ponto).</translation>
    </message>
    <message>
        <source>--max-tokens takes a whole number above zero.</source>
        <translation>--max-tokens aceita um número inteiro maior que zero.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to %1.</source>
        <translation>--concurrency aceita um número inteiro de 1 a %1.</translation>
    </message>
    <message>
        <source>--dataset needs --workspace W: the workspace that holds the dataset.</source>
        <translation>--dataset precisa de --workspace W: o espaço de trabalho que contém o conjunto de dados.</translation>
    </message>
    <message>
        <source>The workspace has no dataset “%1”. Its datasets are: %2.</source>
        <translation>O espaço de trabalho não tem o conjunto de dados “%1”. Os conjuntos de dados dele são: %2.</translation>
    </message>
    <message>
        <source>[%1/%2] example %3</source>
        <translation>[%1/%2] exemplo %3</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 não respondeu: %2</translation>
    </message>
    <message>
        <source>Ask two or more models the same prompts and save the answers side by side (CSV)</source>
        <translation>Fazer as mesmas perguntas a dois ou mais modelos e salvar as respostas lado a lado (CSV)</translation>
    </message>
    <message>
        <source>Asks two or more models the prompts of a file or of a dataset&apos;s validation examples and writes their answers side by side to a CSV file, next to the dataset&apos;s own answer. Exit status: 0 when every answer came, 1 when some failed (the file is still written), 2 on bad usage or when the provider cannot be used.</source>
        <translation>Faz a dois ou mais modelos as perguntas de um arquivo ou dos exemplos de validação de um conjunto de dados e grava as respostas lado a lado em um arquivo CSV, ao lado da resposta do próprio conjunto de dados. Código de saída: 0 quando todas as respostas chegaram, 1 quando algumas falharam (o arquivo é gravado mesmo assim), 2 em caso de uso incorreto ou quando o provedor não pode ser usado.</translation>
    </message>
    <message>
        <source>The workspace that holds the dataset named by --dataset.</source>
        <translation>O espaço de trabalho que contém o conjunto de dados indicado por --dataset.</translation>
    </message>
    <message>
        <source>Asking %1 models to answer %2 prompts…</source>
        <translation>Pedindo a %1 modelos que respondam a %2 perguntas…</translation>
    </message>
    <message>
        <source>%1 of %2 answers came; %3 failed. The table is in %4.</source>
        <translation>%1 de %2 respostas chegaram; %3 falharam. A tabela está em %4.</translation>
    </message>
</context>
<context>
    <name>ComparisonTally</name>
    <message numerus="yes">
        <source>%1 was preferred in %2 of %n comparisons.</source>
        <translation>
            <numerusform>%1 foi preferido em %2 de %n comparação.</numerusform>
            <numerusform>%1 foi preferido em %2 de %n comparações.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message numerus="yes">
        <source>Connected. The provider offers %n model(s).</source>
        <translation>
            <numerusform>Conectado. O provedor oferece %n modelo.</numerusform>
            <numerusform>Conectado. O provedor oferece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key is saved for this profile. Paste your key, then test again.</source>
        <translation>Não há chave de API guardada para este perfil. Cole sua chave e teste de novo.</translation>
    </message>
    <message>
        <source>No API key is saved for “%1”. Paste your key, then test again.</source>
        <translation>Nenhuma chave de API está salva para “%1”. Cole sua chave e teste de novo.</translation>
    </message>
    <message>
        <source>No API key could be read for “%1”: the system keychain is locked or not answering. Paste your key, then test again.</source>
        <translation>Não foi possível ler nenhuma chave de API para “%1”: o chaveiro do sistema está bloqueado ou sem responder. Cole sua chave e teste de novo.</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>Add a message</source>
        <translation>Adicionar mensagem</translation>
    </message>
    <message>
        <source>Adds a message at the end: an answer after a question, a question after an answer.</source>
        <translation>Adiciona uma mensagem no final: uma resposta depois de uma pergunta, uma pergunta depois de uma resposta.</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Mensagens anteriores</translation>
    </message>
    <message>
        <source>Later messages</source>
        <translation>Mensagens seguintes</translation>
    </message>
    <message>
        <source>Shows the %L1 messages before these</source>
        <translation>Mostra as %L1 mensagens antes destas</translation>
    </message>
    <message>
        <source>Shows the %L1 messages after these</source>
        <translation>Mostra as %L1 mensagens depois destas</translation>
    </message>
    <message>
        <source>Messages %L1 to %L2 of %L3</source>
        <translation>Mensagens %L1 a %L2 de %L3</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Let the provider choose how many times training goes through your examples (n_epochs &quot;auto&quot;).</source>
        <translation>Deixar o provedor escolher quantas vezes o treinamento passa pelos seus exemplos (n_epochs &quot;auto&quot;).</translation>
    </message>
    <message>
        <source>How many times training goes through all your examples (n_epochs).</source>
        <translation>Quantas vezes o treinamento passa por todos os seus exemplos (n_epochs).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Passes over the examples</source>
        <translation>Passagens pelos exemplos</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Billed training tokens</source>
        <translation>Tokens de treinamento cobrados</translation>
    </message>
    <message>
        <source>Test examples</source>
        <translation>Exemplos de teste</translation>
    </message>
    <message>
        <source>Estimated training price</source>
        <translation>Preço estimado do treinamento</translation>
    </message>
    <message>
        <source>Using the tuned model</source>
        <translation>Uso do modelo ajustado</translation>
    </message>
    <message>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Check the dataset to count its tokens and see the estimate.</source>
        <translation>Verifique o conjunto de dados para contar os tokens e ver a estimativa.</translation>
    </message>
    <message>
        <source>%L1 for training</source>
        <translation>%L1 para treinamento</translation>
    </message>
    <message>
        <source>%L1 (%L2 per pass × %L3 passes)</source>
        <translation>%L1 (%L2 por passagem × %L3 passagens)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln examples are too long and will be cut off.</source>
        <translation>
            <numerusform>%Ln exemplo é longo demais e será cortado.</numerusform>
            <numerusform>%Ln exemplos são longos demais e serão cortados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 examples, %L2 tokens — not billed</source>
        <translation>%L1 exemplos, %L2 tokens — não cobrados</translation>
    </message>
    <message>
        <source>Price unknown — check the provider&apos;s page</source>
        <translation>Preço desconhecido — consulte a página do provedor</translation>
    </message>
    <message>
        <source>about %1 per 1,000 messages like yours (%L2 tokens in, %L3 out)</source>
        <translation>cerca de %1 a cada 1.000 mensagens como as suas (%L2 tokens de entrada, %L3 de saída)</translation>
    </message>
    <message>
        <source>Prices as of %1; you can correct them in Settings ▸ Prices.</source>
        <translation>Preços de %1; você pode corrigi-los em Configurações ▸ Preços.</translation>
    </message>
    <message>
        <source>Token counts are approximate for this model.</source>
        <translation>A contagem de tokens é aproximada para este modelo.</translation>
    </message>
</context>
<context>
    <name>DatasetChecker</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>This example has %L1 tokens, more than the %L2 the model reads in training: the end will be cut off.</source>
        <translation>Este exemplo tem %L1 tokens, mais do que os %L2 que o modelo lê no treinamento: o final será cortado.</translation>
    </message>
    <message numerus="yes">
        <source>There are %Ln training examples; the provider needs at least %1.</source>
        <translation>
            <numerusform>Há %Ln exemplo de treinamento; o provedor precisa de pelo menos %1.</numerusform>
            <numerusform>Há %Ln exemplos de treinamento; o provedor precisa de pelo menos %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %Ln training examples; 50 to 100 usually give clearly better results.</source>
        <translation>
            <numerusform>Há %Ln exemplo de treinamento; 50 a 100 costumam dar resultados claramente melhores.</numerusform>
            <numerusform>Há %Ln exemplos de treinamento; 50 a 100 costumam dar resultados claramente melhores.</numerusform>
        </translation>
    </message>
    <message>
        <source>This example repeats example %L1.</source>
        <translation>Este exemplo repete o exemplo %L1.</translation>
    </message>
    <message>
        <source>This test example is also training example %L1, so it cannot show what the model learned.</source>
        <translation>Este exemplo de validação também é o exemplo de treinamento %L1, então não pode mostrar o que o modelo aprendeu.</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>Ajuste could not open the workspace to export from it. (%1)</source>
        <translation>O Ajuste não conseguiu abrir o espaço de trabalho para exportar dele. (%1)</translation>
    </message>
    <message>
        <source>Ajuste could not read the examples from the workspace. (%1)</source>
        <translation>O Ajuste não conseguiu ler os exemplos do espaço de trabalho. (%1)</translation>
    </message>
    <message>
        <source>Ajuste could not write “%1”: %2. Choose a folder you may write to.</source>
        <translation>O Ajuste não conseguiu gravar “%1”: %2. Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Ajuste could not finish writing “%1”: %2. Check that the disk is not full.</source>
        <translation>O Ajuste não conseguiu terminar de gravar “%1”: %2. Verifique se o disco não está cheio.</translation>
    </message>
</context>
<context>
    <name>DatasetFormat</name>
    <message>
        <source>detected from the file</source>
        <translation>detectado pelo arquivo</translation>
    </message>
    <message>
        <source>chat examples</source>
        <translation>exemplos de conversa</translation>
    </message>
    <message>
        <source>preference pairs (a preferred and a rejected answer)</source>
        <translation>pares de preferência (uma resposta preferida e uma rejeitada)</translation>
    </message>
    <message>
        <source>instruction examples (Alpaca)</source>
        <translation>exemplos de instrução (Alpaca)</translation>
    </message>
    <message>
        <source>table (CSV or TSV)</source>
        <translation>tabela (CSV ou TSV)</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Ajuste could not open the workspace to import into it. (%1)</source>
        <translation>O Ajuste não conseguiu abrir o espaço de trabalho para importar nele. (%1)</translation>
    </message>
    <message>
        <source>Ajuste could not store the imported examples in the workspace. Check that the disk is not full and try again. (%1)</source>
        <translation>O Ajuste não conseguiu guardar os exemplos importados no espaço de trabalho. Verifique se o disco não está cheio e tente novamente. (%1)</translation>
    </message>
</context>
<context>
    <name>DatasetListModel</name>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n exemplo</numerusform>
            <numerusform>%n exemplos</numerusform>
        </translation>
    </message>
    <message>
        <source>Preference examples: a prompt with a preferred and a rejected answer</source>
        <translation>Exemplos de preferência: uma pergunta com uma resposta preferida e uma rejeitada</translation>
    </message>
    <message>
        <source>Chat examples: conversations the model learns to continue</source>
        <translation>Exemplos de conversa: diálogos que o modelo aprende a continuar</translation>
    </message>
</context>
<context>
    <name>DatasetListPanel</name>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de dados</translation>
    </message>
    <message>
        <source>Make an empty dataset</source>
        <translation>Criar um conjunto de dados vazio</translation>
    </message>
    <message>
        <source>Give the chosen dataset another name</source>
        <translation>Dar outro nome ao conjunto de dados escolhido</translation>
    </message>
    <message>
        <source>Delete the chosen dataset and all its examples</source>
        <translation>Excluir o conjunto de dados escolhido e todos os seus exemplos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conjuntos de dados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>Rename or delete the chosen dataset</source>
        <translation>Renomear ou excluir o conjunto de dados escolhido</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>Novo conjunto de dados</translation>
    </message>
    <message>
        <source>Name of the new dataset:</source>
        <translation>Nome do novo conjunto de dados:</translation>
    </message>
    <message>
        <source>My examples</source>
        <translation>Meus exemplos</translation>
    </message>
    <message>
        <source>Ajuste could not make the dataset.</source>
        <translation>O Ajuste não conseguiu criar o conjunto de dados.</translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation>Renomear conjunto de dados</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Novo nome de “%1”:</translation>
    </message>
    <message>
        <source>There is already a dataset called “%1”. Choose another name.</source>
        <translation>Já existe um conjunto de dados chamado “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Ajuste could not rename the dataset.</source>
        <translation>O Ajuste não conseguiu renomear o conjunto de dados.</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>Excluir o conjunto de dados “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n example(s) will be deleted from this workspace. This cannot be undone; files you imported from stay where they are.</source>
        <translation>
            <numerusform>O %n exemplo dele será excluído deste espaço de trabalho. Isso não pode ser desfeito; os arquivos de onde você importou continuam onde estão.</numerusform>
            <numerusform>Os %n exemplos dele serão excluídos deste espaço de trabalho. Isso não pode ser desfeito; os arquivos de onde você importou continuam onde estão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ajuste could not delete the dataset.</source>
        <translation>O Ajuste não conseguiu excluir o conjunto de dados.</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>Ajuste could not change the workspace. Check that the disk is not full and try again. (%1)</source>
        <translation>O Ajuste não conseguiu alterar o espaço de trabalho. Verifique se o disco não está cheio e tente de novo. (%1)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>A dataset needs a name. Type one and try again.</source>
        <translation>Um conjunto de dados precisa de um nome. Digite um e tente de novo.</translation>
    </message>
    <message>
        <source>There is already a dataset called “%1”. Choose another name.</source>
        <translation>Já existe um conjunto de dados chamado “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>This example no longer exists.</source>
        <translation>Este exemplo não existe mais.</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <source>No datasets yet</source>
        <translation>Nenhum conjunto de dados ainda</translation>
    </message>
    <message>
        <source>A dataset is a set of example conversations that show the model how you want it to answer: a question a customer asked, and the answer your best colleague gave. A few dozen good examples are enough to start.</source>
        <translation>Um conjunto de dados é um grupo de conversas de exemplo que mostram ao modelo como você quer que ele responda: a pergunta que um cliente fez e a resposta que o seu melhor colega deu. Algumas dezenas de bons exemplos bastam para começar.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar arquivo…</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Abrir o exemplo</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de dados</translation>
    </message>
    <message>
        <source>This dataset has no examples yet</source>
        <translation>Este conjunto de dados ainda não tem exemplos</translation>
    </message>
    <message>
        <source>Add an example and write a question and the answer you want, or import a file of examples: chat JSONL, preference JSONL, instructions (Alpaca) or a spreadsheet saved as CSV. You can also drop files here.</source>
        <translation>Adicione um exemplo e escreva uma pergunta e a resposta que você quer, ou importe um arquivo de exemplos: JSONL de conversa, JSONL de preferência, instruções (Alpaca) ou uma planilha salva como CSV. Você também pode soltar arquivos aqui.</translation>
    </message>
    <message>
        <source>New empty dataset</source>
        <translation>Novo conjunto de dados vazio</translation>
    </message>
    <message>
        <source>Add an example</source>
        <translation>Adicionar um exemplo</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add the examples of files to this dataset</source>
        <translation>Adicionar a este conjunto de dados os exemplos de arquivos</translation>
    </message>
    <message>
        <source>Check Dataset</source>
        <translation>Verificar conjunto de dados</translation>
    </message>
    <message>
        <source>Find problems the provider would refuse, and see what training will cost (F7)</source>
        <translation>Encontre problemas que o provedor recusaria e veja quanto o treinamento vai custar (F7)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the training and validation files to upload (JSONL)</source>
        <translation>Gravar os arquivos de treinamento e validação para enviar (JSONL)</translation>
    </message>
    <message>
        <source>Add Example</source>
        <translation>Adicionar exemplo</translation>
    </message>
    <message>
        <source>Add a new, empty example after the chosen one</source>
        <translation>Adicionar um exemplo novo e vazio depois do escolhido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected examples</source>
        <translation>Copiar os exemplos selecionados</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected examples</source>
        <translation>Excluir os exemplos selecionados</translation>
    </message>
    <message>
        <source>Use for Training</source>
        <translation>Usar para treinamento</translation>
    </message>
    <message>
        <source>The model learns from the selected examples</source>
        <translation>O modelo aprende com os exemplos selecionados</translation>
    </message>
    <message>
        <source>Use for Validation</source>
        <translation>Usar para validação</translation>
    </message>
    <message>
        <source>Keep the selected examples aside to measure learning</source>
        <translation>Separar os exemplos selecionados para medir o aprendizado</translation>
    </message>
    <message>
        <source>Make a Validation Split…</source>
        <translation>Separar exemplos para validação…</translation>
    </message>
    <message>
        <source>Put a share of the examples, chosen at random, aside for validation</source>
        <translation>Separar uma parte dos exemplos, escolhida ao acaso, para validação</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Encontrar duplicados</translation>
    </message>
    <message>
        <source>Mark examples whose messages repeat an earlier example</source>
        <translation>Marcar os exemplos cujas mensagens repetem um exemplo anterior</translation>
    </message>
    <message>
        <source>Change Instructions…</source>
        <translation>Alterar instrução do sistema…</translation>
    </message>
    <message>
        <source>Give the selected examples the same instructions (system prompt)</source>
        <translation>Dar aos exemplos selecionados a mesma instrução do sistema</translation>
    </message>
    <message>
        <source>Find and Replace…</source>
        <translation>Localizar e substituir…</translation>
    </message>
    <message>
        <source>Replace a text in every message of this dataset</source>
        <translation>Substituir um texto em todas as mensagens deste conjunto de dados</translation>
    </message>
    <message>
        <source>Training or Validation</source>
        <translation>Treinamento ou validação</translation>
    </message>
    <message>
        <source>Choose which examples teach the model and which measure it</source>
        <translation>Escolha quais exemplos ensinam o modelo e quais o avaliam</translation>
    </message>
    <message>
        <source>Change Many</source>
        <translation>Alterar vários</translation>
    </message>
    <message>
        <source>Changes to many examples at once</source>
        <translation>Alterações em vários exemplos de uma vez</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation>
            <numerusform>Excluir %n exemplo?</numerusform>
            <numerusform>Excluir %n exemplos?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring them back with Edit ▸ Undo.</source>
        <translation>Você pode recuperá-los com Editar ▸ Desfazer.</translation>
    </message>
    <message>
        <source>No duplicates: every example is different.</source>
        <translation>Nenhum duplicado: todos os exemplos são diferentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) repeat the messages of an earlier example. The list now shows them with the examples they repeat; delete the copies you do not need, or choose “Any status” to see all examples again.</source>
        <translation>
            <numerusform>%n exemplo repete as mensagens de um exemplo anterior. A lista agora o mostra junto com o exemplo que ele repete; exclua as cópias de que você não precisa ou escolha “Qualquer situação” para ver todos os exemplos de novo.</numerusform>
            <numerusform>%n exemplos repetem as mensagens de um exemplo anterior. A lista agora os mostra junto com os exemplos que eles repetem; exclua as cópias de que você não precisa ou escolha “Qualquer situação” para ver todos os exemplos de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Cost and size</source>
        <translation>Custo e tamanho</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n example(s)</source>
        <translation>
            <numerusform>Corrigir %n exemplo</numerusform>
            <numerusform>Corrigir %n exemplos</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Fine-Tune…</source>
        <translation>Iniciar treinamento…</translation>
    </message>
    <message>
        <source>Teach a model from this dataset: check, see the cost, start</source>
        <translation>Ensine um modelo com este conjunto de dados: verifique, veja o custo e inicie</translation>
    </message>
    <message>
        <source>Compare Models on These Examples…</source>
        <translation>Comparar modelos nestes exemplos…</translation>
    </message>
    <message>
        <source>Ask two or more models the chosen examples (or the validation examples) and judge their answers side by side</source>
        <translation>Fazer a dois ou mais modelos as perguntas dos exemplos escolhidos (ou dos exemplos de validação) e avaliar as respostas lado a lado</translation>
    </message>
</context>
<context>
    <name>DuplicateExamplesCommand</name>
    <message>
        <source>Duplicate an example</source>
        <translation>Duplicar um exemplo</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n examples</source>
        <translation>
            <numerusform>Duplicar %n exemplo</numerusform>
            <numerusform>Duplicar %n exemplos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditMessageTextCommand</name>
    <message>
        <source>Typing in a message</source>
        <translation>Digitar em uma mensagem</translation>
    </message>
</context>
<context>
    <name>ExampleChecker</name>
    <message>
        <source>Message %L1</source>
        <translation>Mensagem %L1</translation>
    </message>
    <message>
        <source>This line is not a readable example (the computer says: %1).</source>
        <translation>Esta linha não é um exemplo legível (o computador diz: %1).</translation>
    </message>
    <message>
        <source>This line holds a single value or a list, not an example in curly braces.</source>
        <translation>Esta linha tem um valor solto ou uma lista, não um exemplo entre chaves.</translation>
    </message>
    <message>
        <source>The example has a field the provider does not know: &quot;%1&quot;.</source>
        <translation>O exemplo tem um campo que o provedor não conhece: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Every answer is marked to be skipped, so the model learns nothing from this example.</source>
        <translation>Todas as respostas estão marcadas para serem ignoradas, então o modelo não aprende nada com este exemplo.</translation>
    </message>
    <message>
        <source>This comparison has no conversation to answer (the &quot;input&quot; field is missing).</source>
        <translation>Esta comparação não tem conversa para responder (falta o campo &quot;input&quot;).</translation>
    </message>
    <message>
        <source>The preferred answer and the other answer are the same.</source>
        <translation>A resposta preferida e a resposta rejeitada são iguais.</translation>
    </message>
    <message>
        <source>The preferred answer is missing or is not one assistant message with text.</source>
        <translation>A resposta preferida está faltando ou não é uma mensagem do assistente com texto.</translation>
    </message>
    <message>
        <source>The answer you do not prefer is missing or is not one assistant message with text.</source>
        <translation>A resposta rejeitada está faltando ou não é uma mensagem do assistente com texto.</translation>
    </message>
    <message>
        <source>The list of tools is not a list.</source>
        <translation>A lista de ferramentas não é uma lista.</translation>
    </message>
    <message>
        <source>Tool %L1 is not described as a function.</source>
        <translation>A ferramenta %L1 não está descrita como uma função.</translation>
    </message>
    <message>
        <source>Tool %L1 has no function name.</source>
        <translation>A ferramenta %L1 não tem nome de função.</translation>
    </message>
    <message>
        <source>The parameters of tool &quot;%1&quot; are not described as an object.</source>
        <translation>Os parâmetros da ferramenta &quot;%1&quot; não estão descritos como um objeto.</translation>
    </message>
    <message>
        <source>This example has no conversation (no list of messages).</source>
        <translation>Este exemplo não tem conversa (nenhuma lista de mensagens).</translation>
    </message>
    <message>
        <source>This example&apos;s conversation is empty or is not a list of messages.</source>
        <translation>A conversa deste exemplo está vazia ou não é uma lista de mensagens.</translation>
    </message>
    <message>
        <source>This example has no answer from the assistant, so there is nothing to learn.</source>
        <translation>Este exemplo não tem resposta do assistente, então não há nada para aprender.</translation>
    </message>
    <message>
        <source>This example has no instructions (system message).</source>
        <translation>Este exemplo não tem instrução do sistema.</translation>
    </message>
    <message>
        <source>This example has no user message.</source>
        <translation>Este exemplo não tem mensagem do usuário.</translation>
    </message>
    <message>
        <source>%1 is not a message with a speaker and a text.</source>
        <translation>%1 não é uma mensagem com autor e texto.</translation>
    </message>
    <message>
        <source>%1 has a field the provider does not know: &quot;%2&quot;.</source>
        <translation>%1 tem um campo que o provedor não conhece: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 does not say who is speaking.</source>
        <translation>%1 não diz quem está falando.</translation>
    </message>
    <message>
        <source>%1 has a speaker the provider does not know: &quot;%2&quot;.</source>
        <translation>%1 tem um autor que o provedor não conhece: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 não tem texto.</translation>
    </message>
    <message>
        <source>The text of %1 is not text.</source>
        <translation>O texto de %1 não é texto.</translation>
    </message>
    <message>
        <source>%1, the last one, is empty.</source>
        <translation>%1, a última, está vazia.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazia.</translation>
    </message>
    <message>
        <source>%1 is not an answer but is marked to learn from or skip.</source>
        <translation>%1 não é uma resposta, mas está marcada para aprender ou ignorar.</translation>
    </message>
    <message>
        <source>%1 is marked neither to learn from (1) nor to skip (0).</source>
        <translation>%1 não está marcada nem para aprender (1) nem para ignorar (0).</translation>
    </message>
    <message>
        <source>%1 calls a tool, but only the assistant can call tools.</source>
        <translation>%1 chama uma ferramenta, mas só o assistente pode chamar ferramentas.</translation>
    </message>
    <message>
        <source>The tool calls of %1 are not a list.</source>
        <translation>As chamadas de ferramenta de %1 não são uma lista.</translation>
    </message>
    <message>
        <source>%1: tool call %L2 needs an id, the type &quot;function&quot; and a function name.</source>
        <translation>%1: a chamada de ferramenta %L2 precisa de um id, do tipo &quot;function&quot; e de um nome de função.</translation>
    </message>
    <message>
        <source>%1: the arguments of the call to &quot;%2&quot; are not valid JSON text.</source>
        <translation>%1: os argumentos da chamada a &quot;%2&quot; não são texto JSON válido.</translation>
    </message>
    <message>
        <source>%1 is a tool result that does not say which tool call it answers.</source>
        <translation>%1 é um resultado da ferramenta que não diz a qual chamada de ferramenta responde.</translation>
    </message>
    <message>
        <source>%1 answers the tool call &quot;%2&quot;, but no earlier message makes that call.</source>
        <translation>%1 responde à chamada de ferramenta &quot;%2&quot;, mas nenhuma mensagem anterior faz essa chamada.</translation>
    </message>
    <message>
        <source>%1 holds characters that cannot be seen but hide text or change the order it reads in (%2). The model would learn to write them.</source>
        <translation>%1 tem caracteres que não aparecem, mas escondem texto ou mudam a ordem em que ele é lido (%2). O modelo aprenderia a escrevê-los.</translation>
    </message>
</context>
<context>
    <name>ExampleEditor</name>
    <message>
        <source>Choose an example in the list to see and edit it here.</source>
        <translation>Escolha um exemplo na lista para vê-lo e editá-lo aqui.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Training examples teach the model; validation examples are kept aside to measure how well it learned (split).</source>
        <translation>Os exemplos de treinamento ensinam o modelo; os exemplos de validação ficam separados para medir o quanto ele aprendeu (divisão).</translation>
    </message>
    <message>
        <source>Words to group examples, separated by commas</source>
        <translation>Palavras para agrupar exemplos, separadas por vírgulas</translation>
    </message>
    <message>
        <source>A note for yourself; it is not sent for training</source>
        <translation>Uma nota para você mesmo; ela não é enviada para o treinamento</translation>
    </message>
    <message>
        <source>Tokens are the pieces of text the provider counts and bills for. Counted as OpenAI&apos;s data-preparation guide does.</source>
        <translation>Tokens são os pedaços de texto que o provedor conta e cobra. Contados como no guia de preparação de dados da OpenAI.</translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation>Usado para:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>No example chosen</source>
        <translation>Nenhum exemplo escolhido</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Exemplo %1</translation>
    </message>
    <message>
        <source>Counting tokens…</source>
        <translation>Contando tokens…</translation>
    </message>
    <message>
        <source>%1 tokens · learns from %2</source>
        <translation>%1 tokens · aprende com %2</translation>
    </message>
    <message>
        <source>Opening this example: it is %1 MB of text…</source>
        <translation>Abrindo este exemplo: são %1 MB de texto…</translation>
    </message>
</context>
<context>
    <name>ExampleFilterBar</name>
    <message>
        <source>Find examples by their text…</source>
        <translation>Encontre exemplos pelo texto…</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by use</source>
        <translation>Filtrar por uso</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por situação</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Qualquer uso</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualquer etiqueta</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Processando…</translation>
    </message>
    <message>
        <source>Ajuste is looking up or storing examples; the list shows the examples as they were until it is done.</source>
        <translation>O Ajuste está buscando ou gravando exemplos; até terminar, a lista mostra os exemplos como estavam antes.</translation>
    </message>
</context>
<context>
    <name>ExampleJson</name>
    <message>
        <source>a preference example needs an &quot;input&quot; object with the conversation, but this line has none.</source>
        <translation>um exemplo de preferência precisa de um objeto &quot;input&quot; com a conversa, mas esta linha não tem.</translation>
    </message>
    <message>
        <source>the &quot;input&quot; of a preference example needs a &quot;messages&quot; list, but this line has none.</source>
        <translation>o &quot;input&quot; de um exemplo de preferência precisa de uma lista &quot;messages&quot;, mas esta linha não tem.</translation>
    </message>
    <message>
        <source>a preference example needs both a preferred and a non-preferred answer (&quot;preferred_output&quot; and &quot;non_preferred_output&quot;).</source>
        <translation>um exemplo de preferência precisa de uma resposta preferida e de uma rejeitada (&quot;preferred_output&quot; e &quot;non_preferred_output&quot;).</translation>
    </message>
    <message>
        <source>a training example needs a &quot;messages&quot; list (the conversation), but this line has none.</source>
        <translation>um exemplo de treinamento precisa de uma lista &quot;messages&quot; (a conversa), mas esta linha não tem.</translation>
    </message>
    <message>
        <source>every entry of the &quot;messages&quot; list must be a message with a role and a content, but one is not.</source>
        <translation>cada item da lista &quot;messages&quot; precisa ser uma mensagem com papel (role) e conteúdo (content), mas um deles não é.</translation>
    </message>
</context>
<context>
    <name>ExampleListModel</name>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bom</translation>
    </message>
    <message>
        <source>Has warnings</source>
        <translation>Tem avisos</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Tem erros</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Has the same messages as example %1</source>
        <translation>Tem as mesmas mensagens que o exemplo %1</translation>
    </message>
    <message>
        <source>%1 tokens in all; the model learns from %2 of them (its answers)</source>
        <translation>%1 tokens no total; o modelo aprende com %2 deles (as respostas dele)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Primeira mensagem</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usado para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a dataset as a JSONL training file</source>
        <translation>Gravar um conjunto de dados como arquivo de treinamento JSONL</translation>
    </message>
    <message>
        <source>Writes the examples of a dataset, or of one split, as a JSONL file ready for upload.</source>
        <translation>Grava os exemplos de um conjunto de dados, ou de uma divisão, como um arquivo JSONL pronto para envio.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>O arquivo do espaço de trabalho.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>The dataset to write.</source>
        <translation>O conjunto de dados a gravar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The JSONL file to write.</source>
        <translation>O arquivo JSONL a gravar.</translation>
    </message>
    <message>
        <source>Only the training (train) or validation (validation) examples; default: all.</source>
        <translation>Somente os exemplos de treinamento (train) ou de validação (validation); padrão: todos.</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>DIVISÃO</translation>
    </message>
    <message>
        <source>Name the workspace, the dataset and the file to write, for example: ajuste export --workspace my.ajuste --dataset Support --out train.jsonl</source>
        <translation>Informe o espaço de trabalho, o conjunto de dados e o arquivo a gravar, por exemplo: ajuste export --workspace my.ajuste --dataset Support --out train.jsonl</translation>
    </message>
    <message>
        <source>“%1” is not a split. Use --split train or --split validation.</source>
        <translation>“%1” não é uma divisão. Use --split train ou --split validation.</translation>
    </message>
    <message>
        <source>There is no dataset “%1”: this workspace has no datasets yet.</source>
        <translation>Não existe o conjunto de dados “%1”: este espaço de trabalho ainda não tem conjuntos de dados.</translation>
    </message>
    <message>
        <source>There is no dataset “%1”. The workspace has: %2.</source>
        <translation>Não existe o conjunto de dados “%1”. O espaço de trabalho tem: %2.</translation>
    </message>
    <message>
        <source>Examples written to “%1”: %2.</source>
        <translation>Exemplos gravados em “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export Examples</source>
        <translation>Exportar exemplos</translation>
    </message>
    <message>
        <source>Training files (*.jsonl);;All files (*)</source>
        <translation>Arquivos de treinamento (*.jsonl);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Writing the examples…</source>
        <translation>Gravando os exemplos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Ajuste could not start writing the file.</source>
        <translation>O Ajuste não conseguiu começar a gravar o arquivo.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n training example(s) to “%1”.</source>
        <translation>
            <numerusform>%n exemplo de treinamento gravado em “%1”.</numerusform>
            <numerusform>%n exemplos de treinamento gravados em “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n validation example(s) to “%1”.</source>
        <translation>
            <numerusform>%n exemplo de validação gravado em “%1”.</numerusform>
            <numerusform>%n exemplos de validação gravados em “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Match upper and lower case</source>
        <translation>Diferenciar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Localizar e substituir</translation>
    </message>
    <message>
        <source>Text to find in every message</source>
        <translation>Texto a localizar em todas as mensagens</translation>
    </message>
    <message>
        <source>Text to put in its place</source>
        <translation>Texto a colocar no lugar</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Localizar:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Substituir por:</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Digite o texto a localizar.</translation>
    </message>
    <message>
        <source>No message contains this text.</source>
        <translation>Nenhuma mensagem contém este texto.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n time(s)</source>
        <translation>
            <numerusform>Encontrado %n vez</numerusform>
            <numerusform>Encontrado %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n example(s).</source>
        <translation>
            <numerusform>em %n exemplo.</numerusform>
            <numerusform>em %n exemplos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Substituindo…</translation>
    </message>
</context>
<context>
    <name>FineTuneCheckPage</name>
    <message>
        <source>Show these examples in the dataset</source>
        <translation>Mostrar estes exemplos no conjunto de dados</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Closes this form and opens the dataset with the problems listed, so you can fix them</source>
        <translation>Fecha este formulário e abre o conjunto de dados com os problemas listados, para que você possa corrigi-los</translation>
    </message>
    <message>
        <source>Ajuste could not check the examples: %1</source>
        <translation>O Ajuste não conseguiu verificar os exemplos: %1</translation>
    </message>
    <message>
        <source>Checking your examples as the provider will: format, roles, length and duplicates…</source>
        <translation>Verificando seus exemplos como o provedor fará: formato, papéis, tamanho e duplicados…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed first: the provider would refuse the file and the fine-tune would not start.</source>
        <translation>
            <numerusform>%n problema precisa ser corrigido antes: o provedor recusaria o arquivo e o treinamento não começaria.</numerusform>
            <numerusform>%n problemas precisam ser corrigidos antes: o provedor recusaria o arquivo e o treinamento não começaria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problem stops the fine-tune. %n warning(s) below may cost money or quality; you can start anyway or fix them first.</source>
        <translation>
            <numerusform>Nenhum problema impede o treinamento. %n aviso abaixo pode custar dinheiro ou qualidade; você pode iniciar mesmo assim ou corrigi-lo antes.</numerusform>
            <numerusform>Nenhum problema impede o treinamento. %n avisos abaixo podem custar dinheiro ou qualidade; você pode iniciar mesmo assim ou corrigi-los antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found: the provider should accept these %n example(s).</source>
        <translation>
            <numerusform>Nenhum problema encontrado: o provedor deve aceitar este %n exemplo.</numerusform>
            <numerusform>Nenhum problema encontrado: o provedor deve aceitar estes %n exemplos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) for training</source>
        <translation>
            <numerusform>%n exemplo para treinamento</numerusform>
            <numerusform>%n exemplos para treinamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for validation</source>
        <translation>
            <numerusform>%n para validação</numerusform>
            <numerusform>%n para validação</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: the format, the roles, each example&apos;s length against the model&apos;s limit of %L1 tokens, and duplicates.</source>
        <translation>Verificados: o formato, os papéis, o tamanho de cada exemplo em relação ao limite de %L1 tokens do modelo e os duplicados.</translation>
    </message>
    <message>
        <source>Tip: set a few examples aside for validation (Datasets ▸ Training or Validation) to see whether the model learns, not only memorises.</source>
        <translation>Dica: separe alguns exemplos para validação (Conjuntos de dados ▸ Treinamento ou Validação) para ver se o modelo aprende, e não apenas memoriza.</translation>
    </message>
</context>
<context>
    <name>FineTuneCostPage</name>
    <message>
        <source>Free</source>
        <translation>Grátis</translation>
    </message>
    <message>
        <source>The Sandbox only simulates training. The same fine-tune at OpenAI would cost about %1.</source>
        <translation>O Sandbox apenas simula o treinamento. O mesmo ajuste fino na OpenAI custaria cerca de %1.</translation>
    </message>
    <message>
        <source>The Sandbox only simulates training.</source>
        <translation>O Sandbox apenas simula o treinamento.</translation>
    </message>
    <message>
        <source>Start the simulated fine-tune</source>
        <translation>Iniciar o treinamento simulado</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Cerca de %1</translation>
    </message>
    <message>
        <source>From Ajuste&apos;s price table (Settings ▸ Prices, figures of %1). The provider bills what it really trains; check its price page when in doubt.</source>
        <translation>Da tabela de preços do Ajuste (Configurações ▸ Preços, valores de %1). O provedor cobra o que realmente treina; em caso de dúvida, verifique a página de preços dele.</translation>
    </message>
    <message>
        <source>I accept that %1 will bill about %2 for this fine-tune</source>
        <translation>Aceito que %1 cobrará cerca de %2 por este ajuste fino</translation>
    </message>
    <message>
        <source>Price unknown</source>
        <translation>Preço desconhecido</translation>
    </message>
    <message>
        <source>Ajuste does not know what %1 charges for this model. Look it up on the provider&apos;s price page before you start, or add the price in Settings ▸ Prices.</source>
        <translation>O Ajuste não sabe quanto %1 cobra por este modelo. Consulte a página de preços do provedor antes de iniciar ou adicione o preço em Configurações ▸ Preços.</translation>
    </message>
    <message>
        <source>I have checked the price and want to start</source>
        <translation>Verifiquei o preço e quero iniciar</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) over the examples</source>
        <translation>
            <numerusform>%n passada pelos exemplos</numerusform>
            <numerusform>%n passadas pelos exemplos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) over the examples (automatic)</source>
        <translation>
            <numerusform>%n passada pelos exemplos (automático)</numerusform>
            <numerusform>%n passadas pelos exemplos (automático)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will teach %2 from %n training example(s) in %3.</source>
        <translation>
            <numerusform>%1 vai ensinar %2 com %n exemplo de treinamento em %3.</numerusform>
            <numerusform>%1 vai ensinar %2 com %n exemplos de treinamento em %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation example(s) measure how well it learns; they are not billed.</source>
        <translation>
            <numerusform>%n exemplo de validação mede o quanto ele aprende; ele não é cobrado.</numerusform>
            <numerusform>%n exemplos de validação medem o quanto ele aprende; eles não são cobrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No validation examples: the chart will show training loss only.</source>
        <translation>Sem exemplos de validação: o gráfico mostrará apenas a perda de treinamento.</translation>
    </message>
    <message>
        <source>%L1 tokens per pass × %2 = %L3 tokens, at %4 per million.</source>
        <translation>%L1 tokens por passada × %2 = %L3 tokens, a %4 por milhão.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) are longer than the model takes and will be cut short.</source>
        <translation>
            <numerusform>%n exemplo é maior do que o modelo aceita e será cortado.</numerusform>
            <numerusform>%n exemplos são maiores do que o modelo aceita e serão cortados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not estimate the price: %2 The figure above, from Ajuste&apos;s price table, is the only estimate.</source>
        <translation>%1 não conseguiu estimar o preço: %2 O valor acima, da tabela de preços do Ajuste, é a única estimativa.</translation>
    </message>
    <message>
        <source>%1&apos;s own estimate, now that it has your files: about %2 for %L3 training tokens.</source>
        <translation>A estimativa do próprio %1, agora que ele tem seus arquivos: cerca de %2 para %L3 tokens de treinamento.</translation>
    </message>
    <message>
        <source>%L1 more tokens are used to measure the validation examples.</source>
        <translation>Mais %L1 tokens são usados para medir os exemplos de validação.</translation>
    </message>
    <message>
        <source>%1 says this fine-tune cannot start on your account now (its balance or limits). Add credit or lower the passes at %1, then start again.</source>
        <translation>%1 informa que este treinamento não pode começar na sua conta agora (saldo ou limites). Adicione crédito ou reduza as passagens em %1 e inicie de novo.</translation>
    </message>
</context>
<context>
    <name>FineTuneFailurePage</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What the provider answered, for its support</source>
        <translation>O que o provedor respondeu, para o suporte dele</translation>
    </message>
    <message>
        <source>%1 did not start the fine-tune.</source>
        <translation>%1 não iniciou o treinamento.</translation>
    </message>
    <message>
        <source>Add a provider that still takes fine-tuning jobs, such as Together AI, in Settings ▸ Providers, then start the fine-tune there.</source>
        <translation>Adicione um provedor que ainda aceite treinamentos de ajuste fino, como a Together AI, em Configurações ▸ Provedores e inicie o treinamento nele.</translation>
    </message>
    <message>
        <source>Your dataset works elsewhere unchanged. Start the same fine-tune on:</source>
        <translation>Seu conjunto de dados funciona em outros lugares sem alterações. Inicie o mesmo treinamento em:</translation>
    </message>
    <message>
        <source>Use %1 instead</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Opens the form again on %1 with the same dataset and settings</source>
        <translation>Abre o formulário novamente em %1 com o mesmo conjunto de dados e as mesmas configurações</translation>
    </message>
    <message>
        <source>Go back to change what the message names, or try again.</source>
        <translation>Volte para alterar o que a mensagem indica ou tente novamente.</translation>
    </message>
</context>
<context>
    <name>FineTuneSetupPage</name>
    <message>
        <source>OpenAI accepts new fine-tuning jobs only until %1, and only from organisations that already fine-tune. Models you tuned keep answering until their base model shuts down.</source>
        <translation>A OpenAI aceita novos treinamentos de ajuste fino somente até %1 e apenas de organizações que já fazem ajuste fino. Os modelos que você ajustou continuam respondendo até que o modelo base deles seja desativado.</translation>
    </message>
    <message>
        <source>OpenAI stopped accepting new fine-tuning jobs on %1. To train, choose another provider.</source>
        <translation>A OpenAI deixou de aceitar novos treinamentos de ajuste fino em %1. Para treinar, escolha outro provedor.</translation>
    </message>
    <message>
        <source>From example conversations (supervised)</source>
        <translation>Com conversas de exemplo (supervisionado)</translation>
    </message>
    <message>
        <source>From preferred and rejected answers (preference)</source>
        <translation>Com respostas preferidas e rejeitadas (preferência)</translation>
    </message>
    <message>
        <source>for example support-v1</source>
        <translation>por exemplo, suporte-v1</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes and underscores, up to 40 (suffix)</source>
        <translation>Letras, dígitos, pontos, hifens e sublinhados, até 40 (sufixo)</translation>
    </message>
    <message>
        <source>The model learns to answer as your examples do (method “supervised”)</source>
        <translation>O modelo aprende a responder como seus exemplos (método “supervised”)</translation>
    </message>
    <message>
        <source>The model learns which of two answers you prefer (method “dpo”)</source>
        <translation>O modelo aprende qual de duas respostas você prefere (método “dpo”)</translation>
    </message>
    <message>
        <source>Advanced: training settings</source>
        <translation>Avançado: configurações de treinamento</translation>
    </message>
    <message>
        <source>Every setting is automatic unless you change it: the provider picks what suits your examples.</source>
        <translation>Todas as configurações são automáticas, a menos que você as altere: o provedor escolhe o que combina com seus exemplos.</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Voltar ao automático</translation>
    </message>
    <message>
        <source>Added to the tuned model&apos;s name so you can tell it apart.</source>
        <translation>Adicionado ao nome do modelo ajustado para que você possa diferenciá-lo.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de dados:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <source>Learn:</source>
        <translation>Aprender:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n exemplo)</numerusform>
            <numerusform>%1 (%n exemplos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preference examples: each has a preferred and a rejected answer. The check step counts the training and validation examples.</source>
        <translation>Exemplos de preferência: cada um tem uma resposta preferida e uma rejeitada. A etapa de verificação conta os exemplos de treinamento e de validação.</translation>
    </message>
    <message>
        <source>Example conversations, with the split into training and validation you made in the dataset.</source>
        <translation>Conversas de exemplo, com a divisão entre treinamento e validação que você fez no conjunto de dados.</translation>
    </message>
    <message>
        <source>Asking the provider which models it can tune…</source>
        <translation>Perguntando ao provedor quais modelos ele pode ajustar…</translation>
    </message>
    <message>
        <source>Ajuste could not reach this provider.</source>
        <translation>O Ajuste não conseguiu acessar este provedor.</translation>
    </message>
    <message>
        <source>%1 (shuts down %2)</source>
        <translation>%1 (desativado em %2)</translation>
    </message>
    <message>
        <source>%1 offers no model that can be fine-tuned with this account.</source>
        <translation>%1 não oferece nenhum modelo que possa passar por ajuste fino com esta conta.</translation>
    </message>
    <message>
        <source>The provider shuts this model down on %1: models tuned from it stop answering that day.</source>
        <translation>O provedor desativará este modelo em %1: os modelos ajustados a partir dele deixarão de responder nesse dia.</translation>
    </message>
    <message>
        <source>No shutdown date has been announced for this model.</source>
        <translation>Nenhuma data de desativação foi anunciada para este modelo.</translation>
    </message>
    <message>
        <source>Preference training needs a dataset of preference examples (a preferred and a rejected answer to each question).</source>
        <translation>O treinamento por preferência precisa de um conjunto de dados de exemplos de preferência (uma resposta preferida e uma rejeitada para cada pergunta).</translation>
    </message>
    <message>
        <source>%1 cannot learn from preference examples with this model. Choose another provider or model.</source>
        <translation>%1 não consegue aprender com exemplos de preferência neste modelo. Escolha outro provedor ou modelo.</translation>
    </message>
    <message>
        <source>Your dataset holds preference examples: the model learns which answers you prefer.</source>
        <translation>Seu conjunto de dados contém exemplos de preferência: o modelo aprende quais respostas você prefere.</translation>
    </message>
    <message>
        <source>The Sandbox simulates a provider on this computer: no key, no cost and no real training. Try the whole way here; the tuned model answers with your own examples.</source>
        <translation>O Sandbox simula um provedor neste computador: sem chave, sem custo e sem treinamento real. Experimente todo o processo aqui; o modelo ajustado responde com seus próprios exemplos.</translation>
    </message>
    <message>
        <source>There is no dataset yet: import a file or make a dataset first.</source>
        <translation>Ainda não há conjunto de dados: importe um arquivo ou crie um conjunto de dados primeiro.</translation>
    </message>
    <message>
        <source>This dataset has no examples yet.</source>
        <translation>Este conjunto de dados ainda não tem exemplos.</translation>
    </message>
    <message>
        <source>No provider here can fine-tune. Add one in Settings ▸ Providers.</source>
        <translation>Nenhum provedor aqui pode fazer ajuste fino. Adicione um em Configurações ▸ Provedores.</translation>
    </message>
    <message>
        <source>Waiting for the provider…</source>
        <translation>Aguardando o provedor…</translation>
    </message>
    <message>
        <source>Waiting for the list of models…</source>
        <translation>Aguardando a lista de modelos…</translation>
    </message>
    <message>
        <source>Give the fine-tune a name, so you can tell its model apart.</source>
        <translation>Dê um nome ao treinamento para poder diferenciar o modelo dele.</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The answer was larger than %1 MB, so Ajuste stopped reading it.</source>
        <translation>A resposta passou de %1 MB, então o Ajuste parou de lê-la.</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Field name: %1</source>
        <translation>Nome do campo: %1</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automático: %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
</context>
<context>
    <name>HyperparameterSpec</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>“%1” must be on or off.</source>
        <translation>“%1” precisa estar ligado ou desligado.</translation>
    </message>
    <message>
        <source>“%1” must be one of the offered choices.</source>
        <translation>“%1” precisa ser uma das opções oferecidas.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” precisa ser um número inteiro.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1” precisa ser um número.</translation>
    </message>
    <message>
        <source>“%1” must be above %2 and at most %3.</source>
        <translation>“%1” precisa ser maior que %2 e no máximo %3.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1” precisa estar entre %2 e %3.</translation>
    </message>
    <message>
        <source>“%1” must be above %2.</source>
        <translation>“%1” precisa ser maior que %2.</translation>
    </message>
    <message>
        <source>“%1” must be at least %2.</source>
        <translation>“%1” precisa ser no mínimo %2.</translation>
    </message>
    <message>
        <source>“%1” must be at most %2.</source>
        <translation>“%1” precisa ser no máximo %2.</translation>
    </message>
    <message>
        <source>%1 does not take the training setting “%2”. Remove it and try again.</source>
        <translation>%1 não aceita a configuração de treinamento “%2”. Remova-a e tente de novo.</translation>
    </message>
    <message>
        <source>“%1” only applies to another kind of training. Leave it on automatic.</source>
        <translation>“%1” só vale para outro tipo de treinamento. Deixe no automático.</translation>
    </message>
    <message>
        <source>“%1” does not apply with the other settings chosen. Leave it on automatic.</source>
        <translation>“%1” não vale com as outras configurações escolhidas. Deixe no automático.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import training examples from files into a dataset</source>
        <translation>Importar exemplos de treinamento de arquivos para um conjunto de dados</translation>
    </message>
    <message>
        <source>Imports examples into a dataset of a workspace. Lines that cannot become examples are listed as FILE:LINE: reason; the rest are imported.</source>
        <translation>Importa exemplos para um conjunto de dados de um espaço de trabalho. As linhas que não podem virar exemplos são listadas como ARQUIVO:LINHA: motivo; o restante é importado.</translation>
    </message>
    <message>
        <source>The workspace file (created when missing).</source>
        <translation>O arquivo do espaço de trabalho (criado se não existir).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>The dataset to add to (created when missing; default: the first file&apos;s name).</source>
        <translation>O conjunto de dados ao qual adicionar (criado se não existir; padrão: o nome do primeiro arquivo).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The file format: auto (the default), chat, preference, alpaca or csv.</source>
        <translation>O formato do arquivo: auto (o padrão), chat, preference, alpaca ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>For tables: a system prompt for every row without one of its own.</source>
        <translation>Para tabelas: uma instrução do sistema para cada linha que não tiver a sua própria.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Arquivos a importar.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARQUIVO...</translation>
    </message>
    <message>
        <source>Name the files to import and the workspace, for example: ajuste import examples.jsonl --workspace my.ajuste</source>
        <translation>Informe os arquivos a importar e o espaço de trabalho, por exemplo: ajuste import examples.jsonl --workspace my.ajuste</translation>
    </message>
    <message>
        <source>“%1” is not a format Ajuste knows. Use one of: %2.</source>
        <translation>“%1” não é um formato que o Ajuste conhece. Use um destes: %2.</translation>
    </message>
    <message>
        <source>%1: … and %2 more rejected lines (all are listed in the workspace).</source>
        <translation>%1: … e mais %2 linhas rejeitadas (todas estão listadas no espaço de trabalho).</translation>
    </message>
    <message>
        <source>All files: %1</source>
        <translation>Todos os arquivos: %1</translation>
    </message>
    <message>
        <source>Examples in the dataset “%1” now: %2.</source>
        <translation>Exemplos no conjunto de dados “%1” agora: %2.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Examples (*.jsonl *.json *.csv *.tsv *.txt);;Chat or preference examples (*.jsonl *.json);;Spreadsheets (*.csv *.tsv);;All files (*)</source>
        <translation>Exemplos (*.jsonl *.json *.csv *.tsv *.txt);;Exemplos de conversa ou de preferência (*.jsonl *.json);;Planilhas (*.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import Examples</source>
        <translation>Importar exemplos</translation>
    </message>
    <message>
        <source>An import is already running. Wait until it finishes, then import these files.</source>
        <translation>Já há uma importação em andamento. Aguarde até que ela termine e depois importe estes arquivos.</translation>
    </message>
    <message>
        <source>Importing examples…</source>
        <translation>Importando exemplos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando “%1”…</translation>
    </message>
    <message>
        <source>Ajuste could not start the import.</source>
        <translation>O Ajuste não conseguiu iniciar a importação.</translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>“%1” is a folder, not a file. Choose a file to import.</source>
        <translation>“%1” é uma pasta, não um arquivo. Escolha um arquivo para importar.</translation>
    </message>
    <message>
        <source>Ajuste could not read “%1”: %2. Check that you may open this file.</source>
        <translation>O Ajuste não conseguiu ler “%1”: %2. Verifique se você tem permissão para abrir este arquivo.</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the name and the folder.</source>
        <translation>Não existe o arquivo “%1”. Verifique o nome e a pasta.</translation>
    </message>
    <message>
        <source>Ajuste could not read “%1”: %2</source>
        <translation>O Ajuste não conseguiu ler “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>Lines read: %1</source>
        <translation>Linhas lidas: %1</translation>
    </message>
    <message>
        <source>List entries read: %1</source>
        <translation>Itens da lista lidos: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Linhas lidas: %1</translation>
    </message>
    <message>
        <source>imported: %1, rejected: %2, blank: %3</source>
        <translation>importados: %1, rejeitados: %2, em branco: %3</translation>
    </message>
    <message>
        <source>Examples created: %1.</source>
        <translation>Exemplos criados: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was added.</source>
        <translation>A importação foi cancelada: nada foi adicionado.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>Copy the List</source>
        <translation>Copiar a lista</translation>
    </message>
    <message>
        <source>Save the List…</source>
        <translation>Salvar a lista…</translation>
    </message>
    <message>
        <source>These lines were left out; everything else was imported. Correct them in the file and import it again, or ignore them.</source>
        <translation>Estas linhas ficaram de fora; todo o resto foi importado. Corrija-as no arquivo e importe-o de novo, ou ignore-as.</translation>
    </message>
    <message>
        <source>The chosen line</source>
        <translation>A linha escolhida</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to the dataset.</source>
        <translation>A importação foi cancelada. Nada foi adicionado ao conjunto de dados.</translation>
    </message>
    <message>
        <source>Save the Lines Left Out</source>
        <translation>Salvar as linhas que ficaram de fora</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Ajuste could not save the list to “%1”. Choose another place.</source>
        <translation>O Ajuste não conseguiu salvar a lista em “%1”. Escolha outro local.</translation>
    </message>
</context>
<context>
    <name>JobCancelCommand</name>
    <message>
        <source>Stop a job that has not finished</source>
        <translation>Parar um treinamento que não terminou</translation>
    </message>
    <message>
        <source>Stops a fine-tuning job. What it learned so far is not kept; the training done until now may still be billed.</source>
        <translation>Para um treinamento de ajuste fino. O que ele aprendeu até agora não é guardado; o treinamento feito até aqui ainda pode ser cobrado.</translation>
    </message>
    <message>
        <source>The job&apos;s id, for example ftjob-abc123.</source>
        <translation>O id do treinamento, por exemplo ftjob-abc123.</translation>
    </message>
    <message>
        <source>Job %1 is being stopped.</source>
        <translation>O treinamento %1 está sendo parado.</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <source>Start and follow fine-tuning jobs</source>
        <translation>Iniciar e acompanhar treinamentos de ajuste fino</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [ARGUMENTS]

Starts fine-tuning jobs and follows them, on a saved provider profile (--profile NAME), at an address (--base-url URL, with the key in the AJUSTE_API_KEY environment variable) or, by default, on the offline Sandbox.

Commands:
</source>
        <translation>Uso: %1 [opções] COMANDO [ARGUMENTOS]

Inicia treinamentos de ajuste fino e os acompanha, em um perfil de provedor salvo (--profile NOME), em um endereço (--base-url URL, com a chave na variável de ambiente AJUSTE_API_KEY) ou, por padrão, no Sandbox offline.

Comandos:
</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.
</source>
        <translation>Execute “%1 COMANDO --help” para ver as opções de um comando.
</translation>
    </message>
    <message>
        <source>“%1” is not a job command.</source>
        <translation>“%1” não é um comando de treinamento.</translation>
    </message>
</context>
<context>
    <name>JobConnection</name>
    <message>
        <source>The saved provider profile to use (its name in Settings); its key comes from the keychain.</source>
        <translation>O perfil de provedor salvo a usar (o nome dele nas Configurações); a chave vem do chaveiro.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The provider&apos;s address, for a provider with no saved profile; the key is read from the AJUSTE_API_KEY environment variable.</source>
        <translation>O endereço do provedor, para um provedor sem perfil salvo; a chave é lida da variável de ambiente AJUSTE_API_KEY.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --base-url: openai (OpenAI&apos;s API, the default), together (Together AI&apos;s) or compatible (an OpenAI-compatible service that offers OpenAI&apos;s fine-tuning API).</source>
        <translation>Com --base-url: openai (a API da OpenAI, o padrão), together (a da Together AI) ou compatible (um serviço compatível com a OpenAI que oferece a API de ajuste fino da OpenAI).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>A workspace to record the job in, so the window shows it.</source>
        <translation>Um espaço de trabalho onde registrar o treinamento, para que a janela o mostre.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Use --profile ou --base-url, não os dois.</translation>
    </message>
    <message>
        <source>--provider goes with --base-url: a saved profile already knows its provider.</source>
        <translation>--provider acompanha --base-url: um perfil salvo já sabe qual é o seu provedor.</translation>
    </message>
    <message>
        <source>There is no provider profile “%1”. The saved profiles are: %2.</source>
        <translation>Não há perfil de provedor “%1”. Os perfis salvos são: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Give the provider&apos;s API address, for example --base-url https://api.openai.com/v1.</source>
        <translation>“%1” não é um endereço da web. Informe o endereço da API do provedor, por exemplo --base-url https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>“%1” is not a provider Ajuste knows. Use --provider openai, together or compatible.</source>
        <translation>“%1” não é um provedor que o Ajuste conhece. Use --provider openai, together ou compatible.</translation>
    </message>
    <message>
        <source>Put the API key in the AJUSTE_API_KEY environment variable, or use --profile with a profile saved in Settings.</source>
        <translation>Coloque a chave de API na variável de ambiente AJUSTE_API_KEY ou use --profile com um perfil salvo nas Configurações.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Give the id of one job.</source>
        <translation>Informe o id de um treinamento.</translation>
    </message>
    <message>
        <source>Give up on a provider that has not answered for this many seconds, at each attempt (by default up to a minute, longer for uploads).</source>
        <translation>Desistir de um provedor que não respondeu por esta quantidade de segundos, a cada tentativa (por padrão, até um minuto; mais para envios de arquivos).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout precisa de um número de segundos de 1 a 3600.</translation>
    </message>
</context>
<context>
    <name>JobDetailsView</name>
    <message>
        <source>From example conversations (supervised)</source>
        <translation>Com conversas de exemplo (supervisionado)</translation>
    </message>
    <message>
        <source>From preferred and rejected answers (preference)</source>
        <translation>Com respostas preferidas e rejeitadas (preferência)</translation>
    </message>
    <message>
        <source>Another kind of training</source>
        <translation>Outro tipo de treinamento</translation>
    </message>
    <message>
        <source>Training settings used</source>
        <translation>Configurações de treinamento usadas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>For support</source>
        <translation>Para o suporte</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Aprendido</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Field name: %1</source>
        <translation>Nome do campo: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The provider did not say which it used.</source>
        <translation>O provedor não informou qual usou.</translation>
    </message>
    <message>
        <source>The provider says once training starts.</source>
        <translation>O provedor informa quando o treinamento começar.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>The same seed and settings give the same training</source>
        <translation>A mesma semente e as mesmas configurações produzem o mesmo treinamento</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Arquivo de treinamento</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the file</source>
        <translation>O id do arquivo no provedor</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Arquivo de validação</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The provider&apos;s files of measurements, read when the job ends</source>
        <translation>Os arquivos de medições do provedor, lidos quando o treinamento termina</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>Id do treinamento</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Tokens learned</source>
        <translation>Tokens aprendidos</translation>
    </message>
    <message>
        <source>Estimate shown</source>
        <translation>Estimativa mostrada</translation>
    </message>
    <message>
        <source>What Ajuste estimated before the job started</source>
        <translation>O que o Ajuste estimou antes de o treinamento começar</translation>
    </message>
</context>
<context>
    <name>JobEventsCommand</name>
    <message>
        <source>Print a job&apos;s messages, oldest first</source>
        <translation>Mostrar as mensagens de um treinamento, das mais antigas para as mais recentes</translation>
    </message>
    <message>
        <source>Prints every message the provider recorded for a job, oldest first.</source>
        <translation>Mostra todas as mensagens que o provedor registrou para um treinamento, das mais antigas para as mais recentes.</translation>
    </message>
    <message>
        <source>The job&apos;s id, for example ftjob-abc123.</source>
        <translation>O id do treinamento, por exemplo ftjob-abc123.</translation>
    </message>
</context>
<context>
    <name>JobEventsModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
</context>
<context>
    <name>JobEventsView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Pesquisar nos eventos</translation>
    </message>
    <message>
        <source>Copy the chosen lines (or all lines shown) to paste elsewhere</source>
        <translation>Copie as linhas escolhidas (ou todas as linhas mostradas) para colar em outro lugar</translation>
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
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <comment>days and hours</comment>
        <translation>
            <numerusform>%n dia %1 h</numerusform>
            <numerusform>%n dias %1 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobLauncher</name>
    <message>
        <source>Preparing your examples…</source>
        <translation>Preparando seus exemplos…</translation>
    </message>
    <message>
        <source>Sending the training examples to the provider…</source>
        <translation>Enviando os exemplos de treinamento ao provedor…</translation>
    </message>
    <message>
        <source>Sending the validation examples to the provider…</source>
        <translation>Enviando os exemplos de validação ao provedor…</translation>
    </message>
    <message>
        <source>Asking the provider to start the fine-tune…</source>
        <translation>Pedindo ao provedor que inicie o treinamento…</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune before starting.</source>
        <translation>Escolha o modelo para o ajuste fino antes de começar.</translation>
    </message>
    <message>
        <source>No workspace is open, so the dataset cannot be read. Open the workspace that holds it, then start again.</source>
        <translation>Nenhum espaço de trabalho está aberto, então não é possível ler o conjunto de dados. Abra o espaço de trabalho que o contém e comece de novo.</translation>
    </message>
    <message>
        <source>The dataset is no longer in this workspace. Choose another one.</source>
        <translation>O conjunto de dados não está mais neste espaço de trabalho. Escolha outro.</translation>
    </message>
    <message>
        <source>Choose a dataset or a training file before starting.</source>
        <translation>Escolha um conjunto de dados ou um arquivo de treinamento antes de começar.</translation>
    </message>
    <message>
        <source>Ajuste cannot read “%1”. Check that the file exists and that you may open it.</source>
        <translation>O Ajuste não consegue ler “%1”. Verifique se o arquivo existe e se você tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>%1 cannot train models: it only answers chats. Choose a provider that offers fine-tuning, or switch fine-tuning on for this profile in Settings if the service offers it.</source>
        <translation>%1 não consegue treinar modelos: ele só responde a conversas. Escolha um provedor que ofereça ajuste fino ou ative o ajuste fino para este perfil nas Configurações, se o serviço oferecer.</translation>
    </message>
    <message>
        <source>%1 does not offer training from preferred and rejected answers. Choose another provider for this dataset.</source>
        <translation>%1 não oferece treinamento com respostas preferidas e rejeitadas. Escolha outro provedor para este conjunto de dados.</translation>
    </message>
    <message>
        <source>Ajuste could not make a temporary folder for the training files. Check that the disk is not full, then try again.</source>
        <translation>O Ajuste não conseguiu criar uma pasta temporária para os arquivos de treinamento. Verifique se o disco não está cheio e tente de novo.</translation>
    </message>
    <message>
        <source>The dataset has no training examples: every example is in the validation split. Move some examples to training, then start again.</source>
        <translation>O conjunto de dados não tem exemplos de treinamento: todos os exemplos estão na parte de validação. Mova alguns exemplos para treinamento e comece de novo.</translation>
    </message>
    <message>
        <source>Asking the provider what the fine-tune will cost…</source>
        <translation>Perguntando ao provedor quanto o ajuste fino vai custar…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the provider&apos;s estimate…</source>
        <translation>Aguardando você confirmar a estimativa do provedor…</translation>
    </message>
</context>
<context>
    <name>JobListCommand</name>
    <message>
        <source>List the provider&apos;s fine-tuning jobs</source>
        <translation>Listar os treinamentos de ajuste fino do provedor</translation>
    </message>
    <message>
        <source>Lists the provider&apos;s fine-tuning jobs, newest first.</source>
        <translation>Lista os treinamentos de ajuste fino do provedor, dos mais recentes para os mais antigos.</translation>
    </message>
    <message>
        <source>Print the jobs as a JSON array, for scripts.</source>
        <translation>Mostrar os treinamentos como uma matriz JSON, para scripts.</translation>
    </message>
    <message>
        <source>“job list” takes no file or job id.</source>
        <translation>“job list” não aceita arquivo nem id de treinamento.</translation>
    </message>
    <message>
        <source>There are no fine-tuning jobs on “%1” yet.</source>
        <translation>Ainda não há treinamentos de ajuste fino em “%1”.</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>%1
The provider&apos;s id: %2</source>
        <translation>%1
ID no provedor: %2</translation>
    </message>
    <message>
        <source>The dataset is not in this workspace: the job was started elsewhere, or the dataset was deleted.</source>
        <translation>O conjunto de dados não está neste espaço de trabalho: o treinamento foi iniciado em outro lugar ou o conjunto de dados foi excluído.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Tokens learned</source>
        <translation>Tokens aprendidos</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>Modelo ajustado</translation>
    </message>
    <message>
        <source>When the job was started</source>
        <translation>Quando o treinamento foi iniciado</translation>
    </message>
    <message>
        <source>How long the job has run, or ran</source>
        <translation>Quanto tempo o treinamento está levando ou levou</translation>
    </message>
    <message>
        <source>When the job finished, or when the provider expects it to finish</source>
        <translation>Quando o treinamento terminou ou quando o provedor prevê que termine</translation>
    </message>
    <message>
        <source>Tokens the model learned from, counting every pass over the examples (what training is billed by)</source>
        <translation>Tokens com que o modelo aprendeu, contando cada passada pelos exemplos (é por eles que o treinamento é cobrado)</translation>
    </message>
    <message>
        <source>The name of the new model, to use in your programs or the Playground</source>
        <translation>O nome do novo modelo, para usar nos seus programas ou na área de testes</translation>
    </message>
    <message>
        <source>The training loss, smoothed: a curve that falls means the model is learning from your examples. Open the job for the whole chart.</source>
        <translation>A perda de treinamento, suavizada: uma curva que desce significa que o modelo está aprendendo com seus exemplos. Abra o treinamento para ver o gráfico completo.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>How the training loss went: falling is good</source>
        <translation>Como foi a perda de treinamento: descer é bom</translation>
    </message>
</context>
<context>
    <name>JobMetricsCommand</name>
    <message>
        <source>Write a job&apos;s measurements, one row per step (CSV or JSON)</source>
        <translation>Gravar as medições de um treinamento, uma linha por passo (CSV ou JSON)</translation>
    </message>
    <message>
        <source>Writes a job&apos;s whole history of measurements, one row per step, with the columns %1; a cell is empty where the provider measured nothing.</source>
        <translation>Grava todo o histórico de medições de um treinamento, uma linha por passo, com as colunas %1; uma célula fica vazia quando o provedor não mediu nada.</translation>
    </message>
    <message>
        <source>The job&apos;s id, for example ftjob-abc123.</source>
        <translation>O id do treinamento, por exemplo ftjob-abc123.</translation>
    </message>
    <message>
        <source>The file to write (default: print the rows).</source>
        <translation>O arquivo a gravar (padrão: mostrar as linhas).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>JSON (one object per step) instead of CSV.</source>
        <translation>JSON (um objeto por passo) em vez de CSV.</translation>
    </message>
    <message>
        <source>Ajuste could not write “%1”: %2. Choose a folder you may write to.</source>
        <translation>O Ajuste não conseguiu gravar “%1”: %2. Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>Steps written to “%1”: %2.</source>
        <translation>Passos gravados em “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message>
        <source>Fine-tune finished</source>
        <translation>Treinamento concluído</translation>
    </message>
    <message>
        <source>Fine-tune failed</source>
        <translation>Treinamento falhou</translation>
    </message>
    <message>
        <source>Fine-tune cancelled</source>
        <translation>Treinamento cancelado</translation>
    </message>
    <message>
        <source>“%1” is ready. Its tuned model is called %2.</source>
        <translation>“%1” está pronto. O modelo ajustado se chama %2.</translation>
    </message>
    <message>
        <source>“%1” stopped before the end. Open it to see why and what to do.</source>
        <translation>“%1” parou antes do fim. Abra-o para ver o motivo e o que fazer.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; no tuned model was made.</source>
        <translation>“%1” foi cancelado; nenhum modelo ajustado foi criado.</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>passo %1/%2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>passo %1</translation>
    </message>
    <message>
        <source>training loss %1</source>
        <translation>perda de treinamento %1</translation>
    </message>
    <message>
        <source>validation loss %1</source>
        <translation>perda de validação %1</translation>
    </message>
    <message>
        <source>full validation loss %1</source>
        <translation>perda de validação completa %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>Modelo ajustado</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>preference (DPO)</source>
        <translation>preferência (DPO)</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>supervisionado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Expected to finish</source>
        <translation>Término previsto</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>Tokens treinados</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Arquivo de treinamento</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Arquivo de validação</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Cancel Job…</source>
        <translation>Cancelar treinamento…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pausar…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Retomar…</translation>
    </message>
    <message>
        <source>Start Again…</source>
        <translation>Começar de novo…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Stop the training for good; no tuned model is made</source>
        <translation>Encerrar o treinamento de vez; nenhum modelo ajustado é criado</translation>
    </message>
    <message>
        <source>Stop the training for now, to resume it later</source>
        <translation>Interromper o treinamento por enquanto, para retomá-lo depois</translation>
    </message>
    <message>
        <source>Carry on training from where it stopped</source>
        <translation>Continuar o treinamento de onde parou</translation>
    </message>
    <message>
        <source>Open Start fine-tune with the same dataset, provider, model and name</source>
        <translation>Abrir Iniciar treinamento com o mesmo conjunto de dados, provedor, modelo e nome</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Pontos de controle</translation>
    </message>
    <message>
        <source>Settings and Files</source>
        <translation>Configurações e arquivos</translation>
    </message>
    <message>
        <source>Cancel the fine-tune “%1”?</source>
        <translation>Cancelar o treinamento “%1”?</translation>
    </message>
    <message>
        <source>Training stops for good and no tuned model is made. What the provider has already trained may still be billed.</source>
        <translation>O treinamento é encerrado de vez e nenhum modelo ajustado é criado. O que o provedor já treinou ainda pode ser cobrado.</translation>
    </message>
    <message>
        <source>Pause the fine-tune “%1”?</source>
        <translation>Pausar o treinamento “%1”?</translation>
    </message>
    <message>
        <source>Training stops where it is. You can resume it later from this page.</source>
        <translation>O treinamento para onde está. Você pode retomá-lo depois nesta página.</translation>
    </message>
    <message>
        <source>Resume the fine-tune “%1”?</source>
        <translation>Retomar o treinamento “%1”?</translation>
    </message>
    <message>
        <source>Training carries on from where it stopped, and the provider bills the rest of it.</source>
        <translation>O treinamento continua de onde parou, e o provedor cobra o restante.</translation>
    </message>
    <message>
        <source>All Jobs</source>
        <translation>Todos os treinamentos</translation>
    </message>
    <message>
        <source>Back to the list of jobs</source>
        <translation>Voltar à lista de treinamentos</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>Modelo ajustado</translation>
    </message>
    <message>
        <source>Use this name to call your tuned model</source>
        <translation>Use este nome para chamar o seu modelo ajustado</translation>
    </message>
    <message>
        <source>Copy the tuned model&apos;s name</source>
        <translation>Copiar o nome do modelo ajustado</translation>
    </message>
    <message>
        <source>Tuned model:</source>
        <translation>Modelo ajustado:</translation>
    </message>
    <message>
        <source>The provider keeps a few saved states of the model, usually the end of the last passes. Each answers under its own name: if the model learned best before the end, use that checkpoint.</source>
        <translation>O provedor guarda alguns estados salvos do modelo, em geral o fim das últimas passadas. Cada um responde pelo próprio nome: se o modelo aprendeu melhor antes do fim, use esse ponto de controle.</translation>
    </message>
    <message>
        <source>Copy Model Name</source>
        <translation>Copiar nome do modelo</translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation>de “%1”</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Try in Playground</source>
        <translation>Testar na área de testes</translation>
    </message>
    <message>
        <source>Ask the tuned model and its base model the same questions, side by side</source>
        <translation>Fazer as mesmas perguntas ao modelo ajustado e ao modelo base dele, lado a lado</translation>
    </message>
    <message>
        <source>Try This Checkpoint</source>
        <translation>Testar este ponto de controle</translation>
    </message>
    <message>
        <source>Compare the chosen checkpoint with the base and the tuned model in the Playground</source>
        <translation>Comparar o ponto de controle escolhido com o modelo base e o modelo ajustado na área de testes</translation>
    </message>
</context>
<context>
    <name>JobShowCommand</name>
    <message>
        <source>Show one job: its status, model and settings</source>
        <translation>Mostrar um treinamento: situação, modelo e configurações</translation>
    </message>
    <message>
        <source>Shows one fine-tuning job as the provider reports it.</source>
        <translation>Mostra um treinamento de ajuste fino como o provedor o informa.</translation>
    </message>
    <message>
        <source>The job&apos;s id, for example ftjob-abc123.</source>
        <translation>O id do treinamento, por exemplo ftjob-abc123.</translation>
    </message>
    <message>
        <source>Print the job as JSON, for scripts.</source>
        <translation>Mostrar o treinamento como JSON, para scripts.</translation>
    </message>
</context>
<context>
    <name>JobStartCommand</name>
    <message>
        <source>The base model to fine-tune, for example gpt-4o-mini-2024-07-18.</source>
        <translation>O modelo base para o ajuste fino, por exemplo gpt-4o-mini-2024-07-18.</translation>
    </message>
    <message>
        <source>A validation file (JSONL), to measure the model on examples it does not learn from.</source>
        <translation>Um arquivo de validação (JSONL), para medir o modelo em exemplos com os quais ele não aprende.</translation>
    </message>
    <message>
        <source>With --workspace: the dataset to learn from, instead of FILE.</source>
        <translation>Com --workspace: o conjunto de dados do qual aprender, em vez de ARQUIVO.</translation>
    </message>
    <message>
        <source>How many times the model goes through the examples (default: the provider chooses).</source>
        <translation>Quantas vezes o modelo passa pelos exemplos (padrão: o provedor escolhe).</translation>
    </message>
    <message>
        <source>How many examples make one training step.</source>
        <translation>Quantos exemplos formam um passo de treinamento.</translation>
    </message>
    <message>
        <source>OpenAI: a multiple of OpenAI&apos;s own learning rate.</source>
        <translation>OpenAI: um múltiplo da taxa de aprendizado da própria OpenAI.</translation>
    </message>
    <message>
        <source>Together AI: the learning rate itself.</source>
        <translation>Together AI: a própria taxa de aprendizado.</translation>
    </message>
    <message>
        <source>A word added to the tuned model&apos;s name.</source>
        <translation>Uma palavra acrescentada ao nome do modelo ajustado.</translation>
    </message>
    <message>
        <source>supervised (learn from example answers, the default) or dpo (learn from preferred and rejected answers).</source>
        <translation>supervised (aprender com respostas de exemplo, o padrão) ou dpo (aprender com respostas preferidas e rejeitadas).</translation>
    </message>
    <message>
        <source>Stay until the job ends, printing its progress; the exit status says how it ended.</source>
        <translation>Ficar até o treinamento terminar, mostrando o progresso; o código de saída diz como ele terminou.</translation>
    </message>
    <message>
        <source>Name the base model with --model, for example --model gpt-4o-mini-2024-07-18.</source>
        <translation>Informe o modelo base com --model, por exemplo --model gpt-4o-mini-2024-07-18.</translation>
    </message>
    <message>
        <source>Give one training file; a validation file goes with --validation.</source>
        <translation>Informe um arquivo de treinamento; um arquivo de validação vai com --validation.</translation>
    </message>
    <message>
        <source>Give either a training file or --workspace W --dataset NAME.</source>
        <translation>Informe um arquivo de treinamento ou --workspace W --dataset NOME.</translation>
    </message>
    <message>
        <source>A dataset brings its own validation examples: leave out --validation.</source>
        <translation>Um conjunto de dados já traz seus próprios exemplos de validação: não use --validation.</translation>
    </message>
    <message>
        <source>Use either --learning-rate-multiplier (OpenAI) or --learning-rate (Together AI), not both.</source>
        <translation>Use --learning-rate-multiplier (OpenAI) ou --learning-rate (Together AI), não os dois.</translation>
    </message>
    <message>
        <source>“%1” is not a training method. Use --method supervised or --method dpo.</source>
        <translation>“%1” não é um método de treinamento. Use --method supervised ou --method dpo.</translation>
    </message>
    <message>
        <source>--epochs and --batch-size take a whole number above zero.</source>
        <translation>--epochs e --batch-size aceitam apenas um número inteiro maior que zero.</translation>
    </message>
    <message>
        <source>The learning rate takes a number above zero, for example 0.00001 (with a dot).</source>
        <translation>A taxa de aprendizado deve ser um número maior que zero, por exemplo 0.00001 (com ponto).</translation>
    </message>
    <message>
        <source>The provider said: %1</source>
        <translation>O provedor respondeu: %1</translation>
    </message>
    <message>
        <source>Fine-tuned model: %1</source>
        <translation>Modelo ajustado: %1</translation>
    </message>
    <message>
        <source>Start a fine-tune from a training file or a dataset</source>
        <translation>Iniciar um treinamento a partir de um arquivo de treinamento ou de um conjunto de dados</translation>
    </message>
    <message>
        <source>Starts a fine-tuning job from a JSONL training file, or from a dataset of a workspace (its training and validation examples).</source>
        <translation>Inicia um treinamento de ajuste fino a partir de um arquivo de treinamento JSONL ou de um conjunto de dados de um espaço de trabalho (seus exemplos de treinamento e de validação).</translation>
    </message>
    <message>
        <source>The training file (JSONL).</source>
        <translation>O arquivo de treinamento (JSONL).</translation>
    </message>
    <message>
        <source>--dataset needs the workspace that holds it: add --workspace W.</source>
        <translation>--dataset precisa do espaço de trabalho que o contém: adicione --workspace W.</translation>
    </message>
    <message>
        <source>There is no dataset “%1” in this workspace.</source>
        <translation>Não há nenhum conjunto de dados “%1” neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>Started job %1 (model %2).</source>
        <translation>Treinamento %1 iniciado (modelo %2).</translation>
    </message>
    <message>
        <source>The job started, but Ajuste could not keep it to follow it: %1</source>
        <translation>O treinamento foi iniciado, mas o Ajuste não conseguiu guardá-lo para acompanhá-lo: %1</translation>
    </message>
</context>
<context>
    <name>JobStatusBanner</name>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Sobre: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What the provider said, in its own words</source>
        <translation>O que o provedor disse, com as palavras dele</translation>
    </message>
</context>
<context>
    <name>JobStatusText</name>
    <message>
        <source>Checking your files</source>
        <translation>Verificando seus arquivos</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Aguardando para começar</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Desconhecido (%1)</translation>
    </message>
</context>
<context>
    <name>JobStatusWords</name>
    <message>
        <source>The provider is checking your files</source>
        <translation>O provedor está verificando seus arquivos</translation>
    </message>
    <message>
        <source>Waiting in line at the provider</source>
        <translation>Aguardando na fila do provedor</translation>
    </message>
    <message>
        <source>Learning from your examples — step %L1 of %L2</source>
        <translation>Aprendendo com seus exemplos — passo %L1 de %L2</translation>
    </message>
    <message>
        <source>Learning from your examples — step %L1</source>
        <translation>Aprendendo com seus exemplos — passo %L1</translation>
    </message>
    <message>
        <source>Learning from your examples</source>
        <translation>Aprendendo com seus exemplos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Finished: your tuned model is ready</source>
        <translation>Concluído: seu modelo ajustado está pronto</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Situação desconhecida</translation>
    </message>
    <message>
        <source>The provider says “%1”</source>
        <translation>O provedor informa “%1”</translation>
    </message>
    <message>
        <source>Checking files</source>
        <translation>Verificando arquivos</translation>
    </message>
    <message>
        <source>Waiting in line</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Learning — step %L1 of %L2</source>
        <translation>Aprendendo — passo %L1 de %L2</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendendo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Before training starts, the provider reads your examples once more to make sure it can learn from them. This usually takes a few minutes.</source>
        <translation>Antes de o treinamento começar, o provedor lê seus exemplos mais uma vez para garantir que consegue aprender com eles. Isso costuma levar alguns minutos.</translation>
    </message>
    <message>
        <source>Your fine-tune will start as soon as the provider has a computer free. You can close Ajuste: the provider keeps working and Ajuste catches up when you come back.</source>
        <translation>Seu treinamento vai começar assim que o provedor tiver um computador livre. Você pode fechar o Ajuste: o provedor continua trabalhando e o Ajuste se atualiza quando você voltar.</translation>
    </message>
    <message>
        <source>The model is studying your examples. The chart shows whether it is learning; Ajuste tells you when it is done.</source>
        <translation>O modelo está estudando seus exemplos. O gráfico mostra se ele está aprendendo; o Ajuste avisa você quando terminar.</translation>
    </message>
    <message>
        <source>Training stopped where it was and nothing more is learned until you resume it.</source>
        <translation>O treinamento parou onde estava e nada mais é aprendido até você retomá-lo.</translation>
    </message>
    <message>
        <source>Use the tuned model&apos;s name below in your own program, or compare it with the base model to see whether it answers better.</source>
        <translation>Use o nome do modelo ajustado abaixo no seu próprio programa ou compare-o com o modelo base para ver se ele responde melhor.</translation>
    </message>
    <message>
        <source>The job was stopped before it finished, so no tuned model was made. Start a new fine-tune when you are ready.</source>
        <translation>O treinamento foi interrompido antes de terminar, então nenhum modelo ajustado foi criado. Inicie um novo treinamento quando estiver pronto.</translation>
    </message>
    <message>
        <source>Ajuste does not know this status yet. The provider&apos;s own word is shown; the job page keeps following the job.</source>
        <translation>O Ajuste ainda não conhece esta situação. É mostrado o termo do próprio provedor; a página do treinamento continua acompanhando o treinamento.</translation>
    </message>
    <message>
        <source>the provider could not use your training file</source>
        <translation>o provedor não conseguiu usar seu arquivo de treinamento</translation>
    </message>
    <message>
        <source>your account at the provider has no credit left</source>
        <translation>sua conta no provedor está sem crédito</translation>
    </message>
    <message>
        <source>the dataset has too few examples</source>
        <translation>o conjunto de dados tem poucos exemplos</translation>
    </message>
    <message>
        <source>something went wrong on the provider&apos;s side</source>
        <translation>algo deu errado do lado do provedor</translation>
    </message>
    <message>
        <source>the provider refused examples it considers unsafe</source>
        <translation>o provedor recusou exemplos que considera inseguros</translation>
    </message>
    <message>
        <source>the provider stopped the job</source>
        <translation>o provedor interrompeu o treinamento</translation>
    </message>
    <message>
        <source>Run Check Dataset, fix what it finds and start a new fine-tune.</source>
        <translation>Execute Verificar conjunto de dados, corrija o que for encontrado e inicie um novo treinamento.</translation>
    </message>
    <message>
        <source>Add credit on the provider&apos;s website, then start the fine-tune again.</source>
        <translation>Adicione crédito no site do provedor e depois inicie o treinamento de novo.</translation>
    </message>
    <message>
        <source>Add examples (at least 10; 50 to 100 work better) and start again.</source>
        <translation>Adicione exemplos (pelo menos 10; de 50 a 100 funcionam melhor) e comece de novo.</translation>
    </message>
    <message>
        <source>Start the fine-tune again. If it fails again, write to the provider with what Details shows.</source>
        <translation>Inicie o treinamento de novo. Se falhar outra vez, escreva ao provedor informando o que aparece em Detalhes.</translation>
    </message>
    <message>
        <source>Remove or rewrite the examples the provider names under Details, then start again.</source>
        <translation>Remova ou reescreva os exemplos que o provedor aponta em Detalhes e depois comece de novo.</translation>
    </message>
    <message>
        <source>Read the provider&apos;s message under Details, fix what it names and start a new fine-tune.</source>
        <translation>Leia a mensagem do provedor em Detalhes, corrija o que ela aponta e inicie um novo treinamento.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Ajuste could not save the fine-tuning jobs in the workspace. Check that the disk is not full and try again. (%1)</source>
        <translation>O Ajuste não conseguiu salvar os treinamentos no espaço de trabalho. Verifique se o disco não está cheio e tente de novo. (%1)</translation>
    </message>
    <message>
        <source>This fine-tuning job is no longer in the workspace.</source>
        <translation>Este treinamento não está mais no espaço de trabalho.</translation>
    </message>
    <message>
        <source>This fine-tuning job cannot be saved: it has no provider or no id.</source>
        <translation>Este treinamento não pode ser salvo: falta o provedor ou o identificador.</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>No fine-tuning jobs yet</source>
        <translation>Nenhum treinamento ainda</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Treinamentos</translation>
    </message>
    <message>
        <source>A fine-tuning job teaches a model from your dataset on the provider&apos;s computers. It takes from minutes to hours; here you follow its progress and see whether the model is learning. Start one from a checked dataset — the Sandbox lets you try the whole way for free.</source>
        <translation>Um treinamento de ajuste fino ensina um modelo com o seu conjunto de dados nos computadores do provedor. Leva de minutos a horas; aqui você acompanha o progresso e vê se o modelo está aprendendo. Inicie um a partir de um conjunto de dados verificado — o Sandbox permite experimentar todo o caminho de graça.</translation>
    </message>
    <message>
        <source>Start Fine-Tune</source>
        <translation>Iniciar treinamento</translation>
    </message>
    <message>
        <source>Go to Datasets</source>
        <translation>Ir para Conjuntos de dados</translation>
    </message>
    <message>
        <source>Teach a model from one of your datasets</source>
        <translation>Ensinar um modelo com um dos seus conjuntos de dados</translation>
    </message>
    <message>
        <source>Show jobs</source>
        <translation>Mostrar treinamentos</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todos os treinamentos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Ask every provider for its jobs, including those started outside this workspace</source>
        <translation>Pedir a cada provedor os treinamentos dele, inclusive os iniciados fora deste espaço de trabalho</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos os provedores</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) found at the providers</source>
        <translation>
            <numerusform>%n treinamento encontrado nos provedores</numerusform>
            <numerusform>%n treinamentos encontrados nos provedores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer</source>
        <translation>%1 não respondeu</translation>
    </message>
    <message>
        <source>Asking the providers…</source>
        <translation>Consultando os provedores…</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparar treinamentos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Compare Checkpoints</source>
        <translation>Comparar pontos de controle</translation>
    </message>
    <message>
        <source>Double-click a job to follow it. Select several (Ctrl+click) and choose Compare Runs to see their curves together.</source>
        <translation>Clique duas vezes em um treinamento para acompanhá-lo. Selecione vários (Ctrl+clique) e escolha Comparar treinamentos para ver as curvas juntas.</translation>
    </message>
    <message>
        <source>Show the training curves of the selected jobs on one chart</source>
        <translation>Mostrar as curvas de treinamento dos treinamentos selecionados em um só gráfico</translation>
    </message>
    <message>
        <source>Show each saved checkpoint of the selected jobs as its run up to that step, to see which one learned best</source>
        <translation>Mostrar cada ponto de controle salvo dos treinamentos selecionados como o treinamento até aquele passo, para ver qual aprendeu melhor</translation>
    </message>
    <message numerus="yes">
        <source>Show the training curves of the %n selected jobs on one chart</source>
        <translation>
            <numerusform>Mostrar as curvas de treinamento do %n treinamento selecionado em um só gráfico</numerusform>
            <numerusform>Mostrar as curvas de treinamento dos %n treinamentos selecionados em um só gráfico</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more jobs (Ctrl+click) to see their training curves on one chart</source>
        <translation>Selecione dois ou mais treinamentos (Ctrl+clique) para ver as curvas de treinamento deles em um só gráfico</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
</context>
<context>
    <name>JsonArrayReader</name>
    <message>
        <source>The file does not start with a JSON list “[”.</source>
        <translation>O arquivo não começa com uma lista JSON “[”.</translation>
    </message>
</context>
<context>
    <name>JudgingController</name>
    <message>
        <source>Blind comparison</source>
        <translation>Comparação às cegas</translation>
    </message>
    <message>
        <source>Hide which model wrote which answer and show the answers in a shuffled order, so you judge the answers, not the names. Applies from the next message.</source>
        <translation>Esconde qual modelo escreveu cada resposta e mostra as respostas em ordem embaralhada, para você avaliar as respostas, não os nomes. Vale a partir da próxima mensagem.</translation>
    </message>
    <message>
        <source>Open a workspace first: answers are saved into its datasets.</source>
        <translation>Abra um espaço de trabalho primeiro: as respostas são salvas nos conjuntos de dados dele.</translation>
    </message>
    <message>
        <source>Saved in “%1”. Edit ▸ Undo (Ctrl+Z) takes it out again.</source>
        <translation>Salvo em “%1”. Editar ▸ Desfazer (Ctrl+Z) remove de novo.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The key for “%1” was kept only for the last session. Enter it again in Settings ▸ Providers.</source>
        <translation>A chave de “%1” foi guardada só durante a última sessão. Digite-a novamente em Configurações ▸ Provedores.</translation>
    </message>
    <message>
        <source>No API key is stored for this provider yet. Enter it in Settings ▸ Providers.</source>
        <translation>Ainda não há chave de API guardada para este provedor. Digite-a em Configurações ▸ Provedores.</translation>
    </message>
    <message>
        <source>This computer has no system keychain available (or it is locked), so Ajuste keeps the key only until you quit. You may choose to store it in a file instead.</source>
        <translation>Este computador não tem um chaveiro do sistema disponível (ou ele está bloqueado), então o Ajuste guarda a chave só até você sair. Se preferir, você pode guardá-la em um arquivo.</translation>
    </message>
    <message>
        <source>The file that held your API keys is missing. Enter the key again in Settings ▸ Providers.</source>
        <translation>O arquivo que guardava suas chaves de API não existe mais. Digite a chave novamente em Configurações ▸ Provedores.</translation>
    </message>
    <message>
        <source>Storing keys in a file is not available.</source>
        <translation>Não é possível guardar chaves em arquivo.</translation>
    </message>
    <message>
        <source>Ajuste could not write the key file “%1”: %2</source>
        <translation>O Ajuste não conseguiu gravar o arquivo de chaves “%1”: %2</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Ajuste shows the new language the next time it starts.</source>
        <translation>O Ajuste mostrará o novo idioma na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>Language of the interface:</source>
        <translation>Idioma da interface:</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>This link does not lead to a web or e-mail address, so Ajuste does not open it.</source>
        <translation>Este link não leva a um endereço da web ou de e-mail, por isso o Ajuste não o abre.</translation>
    </message>
    <message>
        <source>This web address names no site, so Ajuste does not open it.</source>
        <translation>Este endereço da web não indica nenhum site, por isso o Ajuste não o abre.</translation>
    </message>
    <message>
        <source>Links of the kind “%1:” can run programs or read files on this computer. Text from a model is not trusted, so Ajuste never opens them.</source>
        <translation>Links do tipo “%1:” podem executar programas ou ler arquivos neste computador. Um texto vindo de um modelo não é confiável, por isso o Ajuste nunca abre esses links.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ajuste workspaces (*.%1);;All files (*)</source>
        <translation>Espaços de trabalho do Ajuste (*.%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Ajuste</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Providers, prices and language (Ctrl+,)</source>
        <translation>Provedores, preços e idioma (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>A&amp;brir espaço de trabalho…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workspace</source>
        <translation>Abrir o espaço de trabalho de e&amp;xemplo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <source>&amp;About Ajuste</source>
        <translation>&amp;Sobre o Ajuste</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Nenhum espaço de trabalho aberto</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>%1 — Ajuste</source>
        <translation>%1 — Ajuste</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provedor: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Meu espaço de trabalho</translation>
    </message>
    <message>
        <source>Ajuste could not replace “%1”. Choose another name.</source>
        <translation>O Ajuste não conseguiu substituir “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nenhum espaço de trabalho recente</translation>
    </message>
    <message>
        <source>Ajuste opened “%1” instead.</source>
        <translation>Em vez dele, o Ajuste abriu “%1”.</translation>
    </message>
</context>
<context>
    <name>MakeValidationSplitCommand</name>
    <message>
        <source>Make a validation split</source>
        <translation>Criar uma divisão de validação</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy this code block (Ctrl+Shift+C)</source>
        <translation>Copiar este bloco de código (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>This answer is very long (%1), so it is shown as plain text without formatting, to keep Ajuste responsive. Right-click it to copy it whole.</source>
        <translation>Esta resposta é muito longa (%1), por isso é mostrada como texto simples, sem formatação, para o Ajuste continuar ágil. Clique com o botão direito para copiá-la inteira.</translation>
    </message>
    <message>
        <source>This answer has too many tables, links or pictures, or too long a paragraph, to show formatted quickly, so it is shown as plain text. Right-click it to copy it whole.</source>
        <translation>Esta resposta tem tabelas, links ou imagens demais, ou um parágrafo longo demais, para ser mostrada formatada com rapidez, por isso é mostrada como texto simples. Clique com o botão direito para copiá-la inteira.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Careful: the link&apos;s text shows another address than the one it opens.</source>
        <translation>Cuidado: o texto do link mostra um endereço diferente do que ele abre.</translation>
    </message>
    <message>
        <source>This address comes from a model&apos;s answer. Open it only if it is what you expect.</source>
        <translation>Este endereço vem da resposta de um modelo. Abra-o apenas se for o que você espera.</translation>
    </message>
    <message>
        <source>Write an e-mail to this address?</source>
        <translation>Escrever um e-mail para este endereço?</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Abrir este endereço no seu navegador?</translation>
    </message>
    <message>
        <source>Ajuste could not open the address. Copy it from the answer and open it in your browser yourself.</source>
        <translation>O Ajuste não conseguiu abrir o endereço. Copie-o da resposta e abra-o você mesmo no seu navegador.</translation>
    </message>
    <message>
        <source>Copy whole answer</source>
        <translation>Copiar resposta inteira</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>Learn from this answer</source>
        <translation>Aprender com esta resposta</translation>
    </message>
    <message>
        <source>Move this message up</source>
        <translation>Mover esta mensagem para cima</translation>
    </message>
    <message>
        <source>Move this message down</source>
        <translation>Mover esta mensagem para baixo</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Excluir esta mensagem</translation>
    </message>
    <message>
        <source>Who says this message (role)</source>
        <translation>Quem diz esta mensagem (papel)</translation>
    </message>
    <message>
        <source>When unticked, the model sees this answer but does not learn to write it (weight 0).</source>
        <translation>Quando desmarcado, o modelo vê esta resposta, mas não aprende a escrevê-la (weight 0).</translation>
    </message>
    <message>
        <source>Type the message…</source>
        <translation>Digite a mensagem…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Instructions (system)</source>
        <translation>Instrução do sistema (system)</translation>
    </message>
    <message>
        <source>Instructions (developer)</source>
        <translation>Instrução do desenvolvedor (developer)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Function result (tool)</source>
        <translation>Resultado da função (tool)</translation>
    </message>
    <message>
        <source>answer from %1</source>
        <translation>resposta de %1</translation>
    </message>
    <message>
        <source>tool_call_id: %1</source>
        <translation>tool_call_id: %1</translation>
    </message>
</context>
<context>
    <name>MetricsCsv</name>
    <message>
        <source>Ajuste could not save the measurements to “%1” (%2). Choose another folder, or check that there is free space.</source>
        <translation>O Ajuste não conseguiu salvar as medições em “%1” (%2). Escolha outra pasta ou verifique se há espaço livre.</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <source>Tuned: %1</source>
        <translation>Ajustado: %1</translation>
    </message>
    <message>
        <source>Checkpoint at step %1: %2</source>
        <translation>Ponto de controle no passo %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelLifecycle</name>
    <message>
        <source>%1 stops accepting new fine-tuning jobs on %2.</source>
        <translation>%1 deixa de aceitar novos treinamentos em %2.</translation>
    </message>
    <message>
        <source>Start your fine-tune before then, or choose another provider.</source>
        <translation>Inicie seu ajuste fino antes disso ou escolha outro provedor.</translation>
    </message>
    <message>
        <source>%1 stopped accepting new fine-tuning jobs on %2.</source>
        <translation>%1 deixou de aceitar novos treinamentos em %2.</translation>
    </message>
    <message>
        <source>To fine-tune with this dataset, choose another provider.</source>
        <translation>Para fazer o ajuste fino com este conjunto de dados, escolha outro provedor.</translation>
    </message>
    <message>
        <source>Models tuned from it stop answering on %1.</source>
        <translation>Os modelos ajustados a partir dele deixam de responder em %1.</translation>
    </message>
    <message>
        <source>Models tuned from it stopped answering on %1.</source>
        <translation>Os modelos ajustados a partir dele deixaram de responder em %1.</translation>
    </message>
    <message>
        <source>Models tuned from %1 stop answering on %2.</source>
        <translation>Os modelos ajustados a partir de %1 deixam de responder em %2.</translation>
    </message>
    <message>
        <source>Models tuned from %1 stopped answering on %2.</source>
        <translation>Os modelos ajustados a partir de %1 deixaram de responder em %2.</translation>
    </message>
</context>
<context>
    <name>MoveMessageCommand</name>
    <message>
        <source>Move a message</source>
        <translation>Mover uma mensagem</translation>
    </message>
</context>
<context>
    <name>NotificationBanner</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Show the job</source>
        <translation>Mostrar o treinamento</translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <source>The list of %1 had no &quot;data&quot;.</source>
        <translation>A lista de %1 não tinha &quot;data&quot;.</translation>
    </message>
    <message>
        <source>list files</source>
        <translation>listar arquivos</translation>
    </message>
    <message>
        <source>get file</source>
        <translation>consultar arquivo</translation>
    </message>
    <message>
        <source>delete file</source>
        <translation>apagar arquivo</translation>
    </message>
    <message>
        <source>download file</source>
        <translation>baixar arquivo</translation>
    </message>
    <message>
        <source>start fine-tune</source>
        <translation>iniciar ajuste fino</translation>
    </message>
    <message>
        <source>The new job has no id.</source>
        <translation>O novo treinamento não tem identificador.</translation>
    </message>
    <message>
        <source>list fine-tunes</source>
        <translation>listar treinamentos</translation>
    </message>
    <message>
        <source>get fine-tune</source>
        <translation>consultar treinamento</translation>
    </message>
    <message>
        <source>cancel fine-tune</source>
        <translation>cancelar treinamento</translation>
    </message>
    <message>
        <source>pause fine-tune</source>
        <translation>pausar treinamento</translation>
    </message>
    <message>
        <source>resume fine-tune</source>
        <translation>retomar treinamento</translation>
    </message>
    <message>
        <source>read fine-tune events</source>
        <translation>ler eventos do treinamento</translation>
    </message>
    <message>
        <source>list checkpoints</source>
        <translation>listar pontos de controle</translation>
    </message>
    <message>
        <source>upload file</source>
        <translation>enviar arquivo</translation>
    </message>
    <message>
        <source>cancel upload</source>
        <translation>cancelar envio</translation>
    </message>
    <message>
        <source>finish upload</source>
        <translation>concluir envio</translation>
    </message>
    <message>
        <source>The finished upload has no file.</source>
        <translation>O envio concluído não tem arquivo.</translation>
    </message>
    <message>
        <source>upload part</source>
        <translation>enviar parte</translation>
    </message>
    <message>
        <source>start upload</source>
        <translation>iniciar envio</translation>
    </message>
    <message>
        <source>A tuned model answers only once it is deployed: create a deployment for it in your Azure resource, then chat with the deployment&apos;s name.</source>
        <translation>Um modelo ajustado só responde depois de implantado: crie uma implantação para ele no seu recurso do Azure e converse usando o nome da implantação.</translation>
    </message>
    <message>
        <source>OpenAI accepts new fine-tuning jobs only until %1, and only from organisations that already fine-tune. Models you tuned keep answering until their base model shuts down.</source>
        <translation>A OpenAI aceita novos treinamentos de ajuste fino só até %1, e apenas de organizações que já fazem ajuste fino. Os modelos que você ajustou continuam respondendo até que o modelo base deles seja desativado.</translation>
    </message>
    <message>
        <source>OpenAI stopped accepting new fine-tuning jobs on %1. Models you tuned keep answering until their base model shuts down; to train, choose another provider.</source>
        <translation>A OpenAI deixou de aceitar novos treinamentos de ajuste fino em %1. Os modelos que você ajustou continuam respondendo até que o modelo base deles seja desativado; para treinar, escolha outro provedor.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>The Sandbox</source>
        <translation>O Sandbox</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>O servidor</translation>
    </message>
</context>
<context>
    <name>OpenAiCompatibleClient</name>
    <message>
        <source>list models</source>
        <translation>listar modelos</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>conversar</translation>
    </message>
</context>
<context>
    <name>OpenAiHyperparameters</name>
    <message>
        <source>Passes over your examples</source>
        <translation>Passagens pelos seus exemplos</translation>
    </message>
    <message>
        <source>How many times the model reads all your examples. More passes learn more, but too many make it repeat your examples word for word.</source>
        <translation>Quantas vezes o modelo lê todos os seus exemplos. Mais passagens aprendem mais, mas passagens demais fazem o modelo repetir seus exemplos palavra por palavra.</translation>
    </message>
    <message>
        <source>%1 picks from the number of examples (usually 3).</source>
        <translation>%1 escolhe com base no número de exemplos (geralmente 3).</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Exemplos por passo</translation>
    </message>
    <message>
        <source>How many examples the model learns from at once. Larger steps learn more smoothly but adjust the model less often.</source>
        <translation>Quantos exemplos o modelo usa para aprender de uma só vez. Passos maiores aprendem de forma mais estável, mas ajustam o modelo com menos frequência.</translation>
    </message>
    <message>
        <source>%1 picks from the number of examples.</source>
        <translation>%1 escolhe com base no número de exemplos.</translation>
    </message>
    <message>
        <source>Learning speed</source>
        <translation>Velocidade de aprendizado</translation>
    </message>
    <message>
        <source>How big each learning step is, as a multiple of the usual size. Smaller is more careful; larger learns faster but can become unstable.</source>
        <translation>O tamanho de cada passo de aprendizado, como múltiplo do tamanho habitual. Menor é mais cuidadoso; maior aprende mais rápido, mas pode ficar instável.</translation>
    </message>
    <message>
        <source>%1 picks from the model and the examples.</source>
        <translation>%1 escolhe com base no modelo e nos exemplos.</translation>
    </message>
    <message>
        <source>Preference strength</source>
        <translation>Força da preferência</translation>
    </message>
    <message>
        <source>How closely the model stays to the way it answered before. Higher keeps it closer; lower follows your preferred answers more boldly.</source>
        <translation>O quanto o modelo se mantém próximo da forma como respondia antes. Valores mais altos o mantêm mais próximo; valores mais baixos seguem suas respostas preferidas com mais ousadia.</translation>
    </message>
    <message>
        <source>%1 picks (usually 0.1).</source>
        <translation>%1 escolhe (geralmente 0.1).</translation>
    </message>
</context>
<context>
    <name>PlaygroundColumnView</name>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>The provider profile that answers in this column</source>
        <translation>O perfil de provedor que responde nesta coluna</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Choose or type a model</source>
        <translation>Escolha ou digite um modelo</translation>
    </message>
    <message>
        <source>Your tuned models and checkpoints come first; for a local server, type the model&apos;s name</source>
        <translation>Seus modelos ajustados e pontos de controle aparecem primeiro; para um servidor local, digite o nome do modelo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Remover esta coluna</translation>
    </message>
    <message>
        <source>Stop this answer; the other columns go on</source>
        <translation>Parar esta resposta; as outras colunas continuam</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <source>You stopped this column before the model answered.</source>
        <translation>Você parou esta coluna antes de o modelo responder.</translation>
    </message>
</context>
<context>
    <name>PlaygroundExample</name>
    <message>
        <source>There is no question before these answers, so there is nothing to learn to answer.</source>
        <translation>Não há pergunta antes destas respostas, então não há nada a aprender a responder.</translation>
    </message>
    <message>
        <source>Both answers need some text: the model learns from the difference between them.</source>
        <translation>As duas respostas precisam ter algum texto: o modelo aprende com a diferença entre elas.</translation>
    </message>
    <message>
        <source>The two answers are the same, so the model would learn nothing from this pair. Edit one of them or pick another answer.</source>
        <translation>As duas respostas são iguais, então o modelo não aprenderia nada com este par. Edite uma delas ou escolha outra resposta.</translation>
    </message>
    <message>
        <source>There is no question before this answer, so there is nothing to learn to answer.</source>
        <translation>Não há pergunta antes desta resposta, então não há nada a aprender a responder.</translation>
    </message>
    <message>
        <source>The answer is empty. Write the answer the model should learn to give.</source>
        <translation>A resposta está vazia. Escreva a resposta que o modelo deve aprender a dar.</translation>
    </message>
</context>
<context>
    <name>PlaygroundJudge</name>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>There is nothing to compare yet: at least two models must answer.</source>
        <translation>Ainda não há nada para comparar: pelo menos dois modelos precisam responder.</translation>
    </message>
    <message>
        <source>Your verdict could not be kept because this Playground session is not saved in a workspace. Open a workspace and try again.</source>
        <translation>Não foi possível guardar sua avaliação porque esta sessão da área de testes não está salva em um espaço de trabalho. Abra um espaço de trabalho e tente de novo.</translation>
    </message>
    <message>
        <source>This turn was already judged and its models have been shown, so the verdict stays as it is.</source>
        <translation>Esta rodada já foi avaliada e os modelos dela já foram revelados, então a avaliação fica como está.</translation>
    </message>
</context>
<context>
    <name>PlaygroundMessageView</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>Perguntar de novo</translation>
    </message>
    <message>
        <source>Save as Example…</source>
        <translation>Salvar como exemplo…</translation>
    </message>
    <message>
        <source>Save this answer, or your edit of it, with the conversation before it as a training example in a dataset</source>
        <translation>Salvar esta resposta, ou a sua versão editada dela, com a conversa anterior como exemplo de treinamento em um conjunto de dados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Ask for a new answer in place of this one</source>
        <translation>Pedir uma nova resposta no lugar desta</translation>
    </message>
    <message>
        <source>Ask this again; the later messages of this column go</source>
        <translation>Perguntar isto de novo; as mensagens seguintes desta coluna são removidas</translation>
    </message>
    <message>
        <source>Change this answer (the model sees your version next)</source>
        <translation>Alterar esta resposta (o modelo verá a sua versão a seguir)</translation>
    </message>
    <message>
        <source>Change this message and ask again from here</source>
        <translation>Alterar esta mensagem e perguntar de novo a partir daqui</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save and Ask Again</source>
        <translation>Salvar e perguntar de novo</translation>
    </message>
    <message>
        <source>You stopped this answer; what arrived is kept.</source>
        <translation>Você parou esta resposta; o que já chegou foi mantido.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>Compare answers</source>
        <translation>Compare respostas</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Área de testes</translation>
    </message>
    <message>
        <source>Ask the same question to the base model and to your tuned model and read their answers side by side. The Playground keeps its conversations in a workspace: open one first, or start from a finished fine-tuning job.</source>
        <translation>Faça a mesma pergunta ao modelo base e ao seu modelo ajustado e leia as respostas lado a lado. A área de testes guarda as conversas em um espaço de trabalho: abra um primeiro ou comece a partir de um treinamento de ajuste fino concluído.</translation>
    </message>
    <message>
        <source>Pick the models to compare</source>
        <translation>Escolha os modelos a comparar</translation>
    </message>
    <message>
        <source>Add a column for each model, up to four: a base model, your tuned model, one of its checkpoints, or a model on a local server. Then type a question below: every column answers it at the same time, with its time, tokens and cost. A finished job&apos;s Try in Playground sets this up in one click.</source>
        <translation>Adicione uma coluna para cada modelo, até quatro: um modelo base, seu modelo ajustado, um dos pontos de controle dele ou um modelo em um servidor local. Depois digite uma pergunta abaixo: todas as colunas respondem ao mesmo tempo, mostrando o tempo, os tokens e o custo. Em um treinamento concluído, “Testar na área de testes” prepara tudo isso com um clique.</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Adicionar coluna</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>Parar tudo</translation>
    </message>
    <message>
        <source>Go to Jobs</source>
        <translation>Ir para Treinamentos</translation>
    </message>
    <message>
        <source>Add a Column</source>
        <translation>Adicionar uma coluna</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Your saved Playground sessions, most recent first</source>
        <translation>Suas sessões salvas da área de testes, das mais recentes às mais antigas</translation>
    </message>
    <message>
        <source>A new conversation with the same models (Ctrl+Shift+N)</source>
        <translation>Uma nova conversa com os mesmos modelos (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Compare one more model, up to four</source>
        <translation>Comparar mais um modelo, até quatro</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sessão:</translation>
    </message>
    <message>
        <source>Instructions for every column</source>
        <translation>Instruções para todas as colunas</translation>
    </message>
    <message>
        <source>Instructions every model gets first, e.g. “You are a friendly support agent.”</source>
        <translation>Instruções que todo modelo recebe primeiro, por exemplo: “Você é um atendente de suporte simpático.”</translation>
    </message>
    <message>
        <source>The system prompt, sent at the start of every column&apos;s conversation</source>
        <translation>A instrução do sistema (system prompt), enviada no início da conversa de cada coluna</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Type a question for every column and press Ctrl+Enter</source>
        <translation>Digite uma pergunta para todas as colunas e pressione Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send to every column (Ctrl+Enter)</source>
        <translation>Enviar para todas as colunas (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Parar todas as respostas (Esc)</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instruções:</translation>
    </message>
    <message>
        <source>Choose a model in every column first (or remove the empty column).</source>
        <translation>Primeiro escolha um modelo em cada coluna (ou remova a coluna vazia).</translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation>Renomear sessão</translation>
    </message>
    <message>
        <source>Session name:</source>
        <translation>Nome da sessão:</translation>
    </message>
    <message>
        <source>Delete the session “%1”?</source>
        <translation>Excluir a sessão “%1”?</translation>
    </message>
    <message>
        <source>Its conversations and the comparisons rated in it are removed from the workspace. This cannot be undone.</source>
        <translation>As conversas dela e as comparações avaliadas nela serão removidas do espaço de trabalho. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>%1 against its base model</source>
        <translation>%1 comparado ao modelo base</translation>
    </message>
    <message>
        <source>%1: checkpoint against the end</source>
        <translation>%1: ponto de controle comparado ao modelo final</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>How often each model&apos;s answer was preferred, in this session and in all of them</source>
        <translation>Com que frequência a resposta de cada modelo foi preferida, nesta sessão e em todas</translation>
    </message>
</context>
<context>
    <name>PlaygroundSessionModel</name>
    <message>
        <source>Last used %1</source>
        <translation>Último uso: %1</translation>
    </message>
</context>
<context>
    <name>PlaygroundSettingsPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>For example: END, ###</source>
        <translation>Por exemplo: FIM, ###</translation>
    </message>
    <message>
        <source>Variety:</source>
        <translation>Variedade:</translation>
    </message>
    <message>
        <source>Low gives the same careful answer each time; high gives more varied, surprising answers.</source>
        <translation>Baixa dá a mesma resposta cuidadosa toda vez; alta dá respostas mais variadas e surpreendentes.</translation>
    </message>
    <message>
        <source>Longest answer:</source>
        <translation>Tamanho máximo:</translation>
    </message>
    <message>
        <source>The answer stops after this many tokens (a token is about three quarters of a word).</source>
        <translation>A resposta para depois desta quantidade de tokens (um token equivale a cerca de três quartos de uma palavra).</translation>
    </message>
    <message>
        <source>Word choice:</source>
        <translation>Escolha de palavras:</translation>
    </message>
    <message>
        <source>Another way to limit variety: the model only picks among its likeliest words. Change this or Variety, not both.</source>
        <translation>Outra forma de limitar a variedade: o modelo só escolhe entre as palavras mais prováveis. Altere isto ou a Variedade, não os dois.</translation>
    </message>
    <message>
        <source>Stop at:</source>
        <translation>Parar em:</translation>
    </message>
    <message>
        <source>The answer ends where the model would write one of these. Up to four, separated by commas.</source>
        <translation>A resposta termina onde o modelo escreveria um destes textos. Até quatro, separados por vírgulas.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semente:</translation>
    </message>
    <message>
        <source>The same number with the same settings asks the model to repeat its answer; providers try but do not promise it.</source>
        <translation>O mesmo número com as mesmas configurações pede ao modelo que repita a resposta; os provedores tentam, mas não garantem.</translation>
    </message>
</context>
<context>
    <name>PlaygroundStore</name>
    <message>
        <source>Ajuste could not save the Playground in the workspace. Check that the disk is not full and try again. (%1)</source>
        <translation>O Ajuste não conseguiu salvar a área de testes no espaço de trabalho. Verifique se o disco não está cheio e tente de novo. (%1)</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sessão sem nome</translation>
    </message>
    <message>
        <source>A session needs a name. Type one and try again.</source>
        <translation>Uma sessão precisa de um nome. Digite um e tente de novo.</translation>
    </message>
    <message>
        <source>This Playground session is no longer in the workspace.</source>
        <translation>Esta sessão da área de testes não está mais no espaço de trabalho.</translation>
    </message>
    <message>
        <source>This comparison is no longer in the workspace.</source>
        <translation>Esta comparação não está mais no espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>PreferenceEditor</name>
    <message>
        <source>&lt;b&gt;The prompt&lt;/b&gt;</source>
        <translation>&lt;b&gt;A pergunta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preferred answer</source>
        <translation>Resposta preferida</translation>
    </message>
    <message>
        <source>The answer the model should learn to give (preferred_output).</source>
        <translation>A resposta que o modelo deve aprender a dar (preferred_output).</translation>
    </message>
    <message>
        <source>Rejected answer</source>
        <translation>Resposta rejeitada</translation>
    </message>
    <message>
        <source>An answer the model should learn to avoid (non_preferred_output).</source>
        <translation>Uma resposta que o modelo deve aprender a evitar (non_preferred_output).</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The price list %1 cannot be read: %2</source>
        <translation>Não é possível ler a tabela de preços %1: %2</translation>
    </message>
    <message>
        <source>The price list %1 is damaged: %2</source>
        <translation>A tabela de preços %1 está danificada: %2</translation>
    </message>
    <message>
        <source>Your own prices in %1 cannot be read: %2</source>
        <translation>Não é possível ler seus preços em %1: %2</translation>
    </message>
    <message>
        <source>Your own prices in %1 are damaged, so the shipped prices are used: %2</source>
        <translation>Seus preços em %1 estão danificados, então os preços de fábrica serão usados: %2</translation>
    </message>
    <message>
        <source>Your own prices in %1 cannot be removed.</source>
        <translation>Não é possível remover seus preços em %1.</translation>
    </message>
    <message>
        <source>Your prices cannot be saved in %1: %2</source>
        <translation>Não é possível salvar seus preços em %1: %2</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Add a model</source>
        <translation>Adicionar modelo</translation>
    </message>
    <message>
        <source>Restore shipped prices</source>
        <translation>Restaurar preços originais</translation>
    </message>
    <message>
        <source>Ajuste estimates what a fine-tune costs with these prices, in US dollars per million tokens. Providers change their prices: if a figure is out of date, correct it here. Leave a cell empty when you do not know the price.</source>
        <translation>O Ajuste estima quanto custa um ajuste fino com estes preços, em dólares americanos por milhão de tokens. Os provedores mudam seus preços: se um valor estiver desatualizado, corrija-o aqui. Deixe a célula vazia quando você não souber o preço.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Válido em</translation>
    </message>
    <message>
        <source>US$ per 1 million trained tokens (training_per_1m)</source>
        <translation>US$ por 1 milhão de tokens treinados (training_per_1m)</translation>
    </message>
    <message>
        <source>US$ per 1 million tokens sent to the tuned model (input_per_1m)</source>
        <translation>US$ por 1 milhão de tokens enviados ao modelo ajustado (input_per_1m)</translation>
    </message>
    <message>
        <source>US$ per 1 million tokens the tuned model writes (output_per_1m)</source>
        <translation>US$ por 1 milhão de tokens escritos pelo modelo ajustado (output_per_1m)</translation>
    </message>
    <message>
        <source>The longest example the model reads in training, in tokens; longer ones are cut off</source>
        <translation>O exemplo mais longo que o modelo lê no treinamento, em tokens; os mais longos são cortados</translation>
    </message>
    <message>
        <source>The date the prices were valid (YYYY-MM-DD)</source>
        <translation>A data em que os preços valiam (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The prices that come with Ajuste were read from the providers&apos; pages on %1.</source>
        <translation>Os preços que vêm com o Ajuste foram lidos nas páginas dos provedores em %1.</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>This provider</source>
        <translation>Este provedor</translation>
    </message>
    <message>
        <source>%1 does not offer training from preferred and rejected answers. Choose another provider for this dataset.</source>
        <translation>%1 não oferece treinamento com respostas preferidas e rejeitadas. Escolha outro provedor para este conjunto de dados.</translation>
    </message>
    <message>
        <source>%1 does not offer this kind of training. Choose another provider.</source>
        <translation>%1 não oferece este tipo de treinamento. Escolha outro provedor.</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>Sandbox (offline simulation)</source>
        <translation>Sandbox (simulação offline)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Together AI</source>
        <translation>Together AI</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Servidor compatível com a OpenAI</translation>
    </message>
    <message>
        <source>Runs on this computer with no key and no internet. Training and answers are simulated, so you can try the whole flow safely.</source>
        <translation>Funciona neste computador, sem chave e sem internet. O treinamento e as respostas são simulados, para você experimentar todo o fluxo com segurança.</translation>
    </message>
    <message>
        <source>Your company&apos;s Azure OpenAI resource. Tuned models must be deployed before you can chat with them.</source>
        <translation>O recurso Azure OpenAI da sua empresa. Os modelos ajustados precisam ser implantados antes de você conversar com eles.</translation>
    </message>
    <message>
        <source>Fine-tune GPT models on OpenAI. OpenAI accepts new fine-tuning jobs only until 6 January 2027, and only from organisations that already fine-tune; tuned models stay usable for chat.</source>
        <translation>Faça o ajuste fino de modelos GPT na OpenAI. A OpenAI aceita novos treinamentos de ajuste fino só até 6 de janeiro de 2027, e apenas de organizações que já fazem ajuste fino; os modelos ajustados continuam disponíveis para conversar.</translation>
    </message>
    <message>
        <source>Fine-tune open models (Llama, Qwen, Mistral…) on Together AI. A tuned model answers once you start a dedicated endpoint for it.</source>
        <translation>Faça o ajuste fino de modelos abertos (Llama, Qwen, Mistral…) na Together AI. Um modelo ajustado responde assim que você inicia um endpoint dedicado para ele.</translation>
    </message>
    <message>
        <source>A server that speaks OpenAI&apos;s API, such as Ollama, LM Studio, vLLM or llama.cpp for chat, or Nebius for fine-tuning too: turn fine-tuning on below when the server offers it.</source>
        <translation>Um servidor compatível com a API da OpenAI, como Ollama, LM Studio, vLLM ou llama.cpp para conversar, ou Nebius também para ajuste fino: ative o ajuste fino abaixo quando o servidor oferecer esse recurso.</translation>
    </message>
</context>
<context>
    <name>ProviderSession</name>
    <message>
        <source>The offline Sandbox is not available in this copy of Ajuste. Choose another provider in Settings.</source>
        <translation>O Sandbox (sem internet) não está disponível nesta cópia do Ajuste. Escolha outro provedor em Configurações.</translation>
    </message>
    <message>
        <source>Ajuste could not read the API key for “%1” from the system keychain (it may be locked or not answering). Unlock it, or type the key again in Settings ▸ Providers; it is then kept until you quit.</source>
        <translation>O Ajuste não conseguiu ler a chave de API de “%1” no chaveiro do sistema (ele pode estar bloqueado ou sem responder). Desbloqueie-o ou digite a chave de novo em Configurações ▸ Provedores; ela fica guardada até você sair do Ajuste.</translation>
    </message>
    <message>
        <source>There is no API key for “%1”. Add it in Settings ▸ Providers, then try again.</source>
        <translation>Não há chave de API para “%1”. Adicione-a em Configurações ▸ Provedores e tente novamente.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Use by default</source>
        <translation>Usar como padrão</translation>
    </message>
    <message>
        <source>The address of the provider&apos;s API (base URL)</source>
        <translation>O endereço da API do provedor (URL base)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Sent as the OpenAI-Organization header</source>
        <translation>Enviado no cabeçalho OpenAI-Organization</translation>
    </message>
    <message>
        <source>Sent as the OpenAI-Project header</source>
        <translation>Enviado no cabeçalho OpenAI-Project</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation>Mostra ou esconde a chave que você está digitando</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projeto:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Chave de API:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>Built in, on this computer</source>
        <translation>Embutido, neste computador</translation>
    </message>
    <message>
        <source>The Sandbox needs no key.</source>
        <translation>O Sandbox não precisa de chave.</translation>
    </message>
    <message>
        <source>No system keychain is available: the key will be kept until you quit, unless you choose to store it in a file.</source>
        <translation>Não há chaveiro do sistema disponível: a chave será guardada até você sair, a menos que você escolha guardá-la em um arquivo.</translation>
    </message>
    <message>
        <source>The key will be stored in the system keychain, never in Ajuste&apos;s files.</source>
        <translation>A chave será guardada no chaveiro do sistema, nunca nos arquivos do Ajuste.</translation>
    </message>
    <message>
        <source>No key: leave empty for servers that do not need one.</source>
        <translation>Sem chave: deixe em branco para servidores que não precisam de uma.</translation>
    </message>
    <message>
        <source>If a key is already stored, leave this empty to keep it; type a new one to replace it.</source>
        <translation>Se já houver uma chave guardada, deixe em branco para mantê-la; digite uma nova para substituí-la.</translation>
    </message>
    <message>
        <source>Remove the provider “%1”?</source>
        <translation>Remover o provedor “%1”?</translation>
    </message>
    <message>
        <source>Its stored API key is deleted too. Jobs already started stay in your workspace.</source>
        <translation>A chave de API guardada também será apagada. Os treinamentos já iniciados continuam no seu espaço de trabalho.</translation>
    </message>
    <message>
        <source>Enter the address of the provider&apos;s API, such as https://api.openai.com/v1.</source>
        <translation>Digite o endereço da API do provedor, como https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>For your key&apos;s safety the address must start with https:// (plain http:// is allowed only for servers on this computer).</source>
        <translation>Para a segurança da sua chave, o endereço precisa começar com https:// (http:// simples só é permitido para servidores neste computador).</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the key for “%1”.</source>
        <translation>Não há chaveiro do sistema disponível para guardar a chave de “%1”.</translation>
    </message>
    <message>
        <source>Ajuste will keep it only until you quit. You can instead store it in a file in your user folder: it is not encrypted, and anyone who can read your files can read the key. Store it in a file?</source>
        <translation>O Ajuste vai guardá-la só até você sair. Em vez disso, você pode guardá-la em um arquivo na sua pasta de usuário: ele não é criptografado, e qualquer pessoa que consiga ler seus arquivos poderá ler a chave. Guardar em um arquivo?</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Asks the provider for its list of models, to check the address and the key</source>
        <translation>Pede ao provedor a lista de modelos, para verificar o endereço e a chave</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>This server can fine-tune (OpenAI&apos;s fine-tuning API)</source>
        <translation>Este servidor faz ajuste fino (API de ajuste fino da OpenAI)</translation>
    </message>
    <message>
        <source>Turn this on for services such as Nebius, or an Azure-style server, that take training files and fine-tuning jobs the way OpenAI does.</source>
        <translation>Ative esta opção para serviços como o Nebius, ou um servidor no estilo do Azure, que recebem arquivos de treinamento e treinamentos de ajuste fino do mesmo jeito que a OpenAI.</translation>
    </message>
    <message>
        <source>Optional: models the server does not list, separated by commas</source>
        <translation>Opcional: modelos que o servidor não lista, separados por vírgulas</translation>
    </message>
    <message>
        <source>Added to the models the server lists when you start a fine-tune</source>
        <translation>Adicionados aos modelos que o servidor lista quando você inicia um treinamento</translation>
    </message>
    <message>
        <source>Models to fine-tune:</source>
        <translation>Modelos para ajuste fino:</translation>
    </message>
</context>
<context>
    <name>RecordConverter</name>
    <message>
        <source>a list “[...]”</source>
        <translation>uma lista “[...]”</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>um valor único</translation>
    </message>
    <message>
        <source>this is a single value, not an example: each example must be one JSON object between { and }.</source>
        <translation>isto é um valor único, não um exemplo: cada exemplo deve ser um objeto JSON entre { e }.</translation>
    </message>
    <message>
        <source>this is %1, not an example: each example must be one JSON object between { and }.</source>
        <translation>isto é %1, não um exemplo: cada exemplo deve ser um objeto JSON entre { e }.</translation>
    </message>
    <message>
        <source>the text ends before the JSON is complete — a bracket or quote is missing.</source>
        <translation>o texto termina antes de o JSON estar completo — falta um colchete, uma chave ou aspas.</translation>
    </message>
    <message>
        <source>there is more text after the end of the example; each line must hold exactly one example.</source>
        <translation>há mais texto depois do fim do exemplo; cada linha deve conter exatamente um exemplo.</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a training example.</source>
        <translation>o JSON tem níveis demais uns dentro dos outros para ser um exemplo de treinamento.</translation>
    </message>
    <message>
        <source>the JSON is too large to be read as one example.</source>
        <translation>o JSON é grande demais para ser lido como um exemplo.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation>esta linha não é um texto UTF-8 válido. Salve o arquivo como UTF-8 e importe-o novamente.</translation>
    </message>
    <message>
        <source>this is not valid JSON: something unexpected at character %1 (near “%2”). Check for a missing comma, colon or quote.</source>
        <translation>isto não é um JSON válido: algo inesperado no caractere %1 (perto de “%2”). Verifique se falta uma vírgula, dois-pontos ou aspas.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8 text, so its characters cannot be read safely. Save the file as UTF-8 and import it again.</source>
        <translation>esta linha não é um texto UTF-8 válido, então os caracteres dela não podem ser lidos com segurança. Salve o arquivo como UTF-8 e importe-o novamente.</translation>
    </message>
    <message>
        <source>this entry is too long to be one training example.</source>
        <translation>esta entrada é longa demais para ser um exemplo de treinamento.</translation>
    </message>
    <message>
        <source>a training example needs a &quot;messages&quot; list (the conversation), but this line has none.</source>
        <translation>um exemplo de treinamento precisa de uma lista &quot;messages&quot; (a conversa), mas esta linha não tem nenhuma.</translation>
    </message>
    <message>
        <source>this is a preference pair (a preferred and a rejected answer), but this file holds chat examples. Import it into a preference dataset.</source>
        <translation>isto é um par de preferência (uma resposta preferida e uma resposta rejeitada), mas este arquivo contém exemplos de conversa. Importe-o em um conjunto de dados de preferência.</translation>
    </message>
    <message>
        <source>this is a chat example, but this file holds preference pairs. Import it into a chat dataset.</source>
        <translation>isto é um exemplo de conversa, mas este arquivo contém pares de preferência. Importe-o em um conjunto de dados de conversa.</translation>
    </message>
    <message>
        <source>an instruction example needs an &quot;instruction&quot; text, but this line has none.</source>
        <translation>um exemplo de instrução precisa de um texto &quot;instruction&quot;, mas esta linha não tem nenhum.</translation>
    </message>
    <message>
        <source>an instruction example needs an &quot;output&quot; text (the answer), but this line has none.</source>
        <translation>um exemplo de instrução precisa de um texto &quot;output&quot; (a resposta), mas esta linha não tem nenhum.</translation>
    </message>
    <message>
        <source>this seed task has an empty &quot;instances&quot; list, so there is no answer to learn from.</source>
        <translation>esta tarefa inicial tem uma lista &quot;instances&quot; vazia, então não há resposta com que aprender.</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field — a closing quote &quot; is missing.</source>
        <translation>o arquivo termina dentro de um campo entre aspas — falta uma aspa &quot; de fechamento.</translation>
    </message>
    <message>
        <source>this row has too few columns: the prompt and the answer need %1, it has %2.</source>
        <translation>esta linha tem colunas de menos: a pergunta e a resposta precisam de %1, ela tem %2.</translation>
    </message>
    <message>
        <source>the prompt (column %1) is empty in this row.</source>
        <translation>a pergunta (coluna %1) está vazia nesta linha.</translation>
    </message>
    <message>
        <source>the answer (column %1) is empty in this row.</source>
        <translation>a resposta (coluna %1) está vazia nesta linha.</translation>
    </message>
</context>
<context>
    <name>RejectionListModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>Por que ficou de fora</translation>
    </message>
    <message>
        <source>Text of the line</source>
        <translation>Texto da linha</translation>
    </message>
</context>
<context>
    <name>RemoveExamplesCommand</name>
    <message>
        <source>Delete an example</source>
        <translation>Excluir um exemplo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples</source>
        <translation>
            <numerusform>Excluir %n exemplo</numerusform>
            <numerusform>Excluir %n exemplos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveMessageCommand</name>
    <message>
        <source>Delete a message</source>
        <translation>Excluir uma mensagem</translation>
    </message>
</context>
<context>
    <name>ResultMetrics</name>
    <message>
        <source>The training results file has an unexpected layout (no &quot;step&quot; column), so the chart cannot be drawn from it.</source>
        <translation>O arquivo de resultados do treinamento tem um formato inesperado (sem a coluna &quot;step&quot;), então não é possível desenhar o gráfico a partir dele.</translation>
    </message>
    <message>
        <source>The training results file is empty.</source>
        <translation>O arquivo de resultados do treinamento está vazio.</translation>
    </message>
</context>
<context>
    <name>RunComparisonChart</name>
    <message>
        <source>Training curves compared</source>
        <translation>Curvas de treinamento comparadas</translation>
    </message>
    <message>
        <source>%1, validation</source>
        <translation>%1, validação</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Tokens right (%)</source>
        <translation>Tokens corretos (%)</translation>
    </message>
    <message>
        <source>Loss (log scale)</source>
        <translation>Perda (escala logarítmica)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Época %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (validation %2)</source>
        <translation>%1 (validação %2)</translation>
    </message>
    <message>
        <source>Ajuste could not save the picture to “%1” (%2). Choose another folder, or check that there is free space.</source>
        <translation>O Ajuste não conseguiu salvar a imagem em “%1” (%2). Escolha outra pasta ou verifique se há espaço livre.</translation>
    </message>
    <message>
        <source>Save a Picture of the Chart</source>
        <translation>Salvar uma imagem do gráfico</translation>
    </message>
    <message>
        <source>compared-runs</source>
        <translation>treinamentos-comparados</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RunComparisonPage</name>
    <message>
        <source>Each run has its colour: the solid line is its training loss, the dashed one its validation loss. Lower is better; a dashed line that turns up means that run started memorising its examples. Click a name in the legend to hide its run.</source>
        <translation>Cada treinamento tem sua cor: a linha contínua é a perda de treinamento dele, e a tracejada, a perda de validação. Quanto mais baixa, melhor; uma linha tracejada que volta a subir indica que aquele treinamento começou a decorar os exemplos. Clique em um nome na legenda para ocultar o treinamento.</translation>
    </message>
    <message>
        <source>All Jobs</source>
        <translation>Todos os treinamentos</translation>
    </message>
    <message>
        <source>Back to the list of jobs</source>
        <translation>Voltar à lista de treinamentos</translation>
    </message>
    <message>
        <source>%1 (still training)</source>
        <translation>%1 (ainda treinando)</translation>
    </message>
    <message>
        <source>%1 · step %2</source>
        <translation>%1 · passo %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>Comparando %n treinamento</numerusform>
            <numerusform>Comparando %n treinamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the runs from the workspace…</source>
        <translation>Lendo os treinamentos do espaço de trabalho…</translation>
    </message>
    <message>
        <source>Aligned by step; choose Epochs above to line up runs of datasets of different sizes.</source>
        <translation>Alinhados por passo; escolha Épocas acima para alinhar treinamentos com conjuntos de dados de tamanhos diferentes.</translation>
    </message>
</context>
<context>
    <name>SafeMarkdownDocument</name>
    <message>
        <source>[Image not loaded]</source>
        <translation>[Imagem não carregada]</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[Imagem não carregada: %1]</translation>
    </message>
</context>
<context>
    <name>SampleDataset</name>
    <message>
        <source>Sample: Jabuti Telecom support</source>
        <translation>Exemplo: suporte da Jabuti Telecom</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The offline Sandbox did not start in time. Try again; if it keeps happening, restart Ajuste or choose another provider in Settings.</source>
        <translation>A Sandbox offline não iniciou a tempo. Tente de novo; se isso continuar acontecendo, reinicie o Ajuste ou escolha outro provedor em Configurações.</translation>
    </message>
    <message>
        <source>Ajuste could not find its offline Sandbox program, which should be installed with it. Reinstall Ajuste, or choose another provider in Settings.</source>
        <translation>O Ajuste não encontrou o programa da Sandbox offline, que deveria ter sido instalado com ele. Reinstale o Ajuste ou escolha outro provedor em Configurações.</translation>
    </message>
    <message>
        <source>The offline Sandbox started but did not say where it listens. Reinstall Ajuste, or choose another provider in Settings.</source>
        <translation>A Sandbox offline iniciou, mas não informou onde está escutando. Reinstale o Ajuste ou escolha outro provedor em Configurações.</translation>
    </message>
    <message>
        <source>The offline Sandbox stopped several times in a row, so Ajuste stopped restarting it. Restart Ajuste, or choose another provider in Settings.</source>
        <translation>A Sandbox offline parou várias vezes seguidas, então o Ajuste deixou de reiniciá-la. Reinicie o Ajuste ou escolha outro provedor em Configurações.</translation>
    </message>
    <message>
        <source>The offline Sandbox stopped while starting. Restart Ajuste, or choose another provider in Settings.</source>
        <translation>A Sandbox offline parou enquanto iniciava. Reinicie o Ajuste ou escolha outro provedor em Configurações.</translation>
    </message>
    <message>
        <source>Ajuste could not start its offline Sandbox program. Check that it is installed and allowed to run, or choose another provider in Settings.</source>
        <translation>O Ajuste não conseguiu iniciar o programa da Sandbox offline. Verifique se ele está instalado e tem permissão para ser executado, ou escolha outro provedor em Configurações.</translation>
    </message>
</context>
<context>
    <name>SaveAnswerCommand</name>
    <message>
        <source>Save a preference pair</source>
        <translation>Salvar um par de preferência</translation>
    </message>
    <message>
        <source>Save an answer as an example</source>
        <translation>Salvar uma resposta como exemplo</translation>
    </message>
</context>
<context>
    <name>SaveAnswerDialog</name>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Name of the new dataset:</source>
        <translation>Nome do novo conjunto de dados:</translation>
    </message>
    <message>
        <source>The conversation before the answer</source>
        <translation>A conversa antes da resposta</translation>
    </message>
    <message>
        <source>The answer to save</source>
        <translation>A resposta a salvar</translation>
    </message>
    <message>
        <source>Rejected answer (the model should learn to avoid it):</source>
        <translation>Resposta rejeitada (o modelo deve aprender a evitá-la):</translation>
    </message>
    <message>
        <source>The rejected answer</source>
        <translation>A resposta rejeitada</translation>
    </message>
    <message>
        <source>Training (the model learns from it)</source>
        <translation>Treinamento (o modelo aprende com ele)</translation>
    </message>
    <message>
        <source>Validation (kept aside to check the model)</source>
        <translation>Validação (guardado à parte para avaliar o modelo)</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de dados:</translation>
    </message>
    <message>
        <source>Use for:</source>
        <translation>Usar para:</translation>
    </message>
    <message>
        <source>The conversation before the answer:</source>
        <translation>A conversa antes da resposta:</translation>
    </message>
    <message>
        <source>Save as Example</source>
        <translation>Salvar como exemplo</translation>
    </message>
    <message>
        <source>The conversation and this answer become a new training example, so the model learns to answer like this. Edit the answer first if it should be better.</source>
        <translation>A conversa e esta resposta viram um novo exemplo de treinamento, para que o modelo aprenda a responder assim. Se a resposta puder ficar melhor, edite-a antes.</translation>
    </message>
    <message>
        <source>The answer the model should learn (%1):</source>
        <translation>A resposta que o modelo deve aprender (%1):</translation>
    </message>
    <message>
        <source>Save Example</source>
        <translation>Salvar exemplo</translation>
    </message>
    <message>
        <source>Save as Preference</source>
        <translation>Salvar como preferência</translation>
    </message>
    <message>
        <source>A preference example shows the model a better and a worse answer to the same conversation, so it learns which one to prefer (DPO fine-tuning). You can edit both answers.</source>
        <translation>Um exemplo de preferência mostra ao modelo uma resposta melhor e uma pior para a mesma conversa, para que ele aprenda qual preferir (ajuste fino DPO). Você pode editar as duas respostas.</translation>
    </message>
    <message>
        <source>Preferred answer (the model should learn to give it):</source>
        <translation>Resposta preferida (o modelo deve aprender a dá-la):</translation>
    </message>
    <message>
        <source>Save Preference</source>
        <translation>Salvar preferência</translation>
    </message>
    <message>
        <source>A new dataset</source>
        <translation>Um novo conjunto de dados</translation>
    </message>
    <message>
        <source>Preferences from the Playground</source>
        <translation>Preferências da área de testes</translation>
    </message>
    <message>
        <source>Answers from the Playground</source>
        <translation>Respostas da área de testes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the new dataset a name.</source>
        <translation>Dê um nome ao novo conjunto de dados.</translation>
    </message>
    <message>
        <source>Saved from the Playground: an answer of %1.</source>
        <translation>Salvo da área de testes: uma resposta de %1.</translation>
    </message>
    <message>
        <source>Saved from the Playground: %1 preferred over %2.</source>
        <translation>Salvo da área de testes: %1 preferido a %2.</translation>
    </message>
    <message>
        <source>The example could not be saved. %1</source>
        <translation>Não foi possível salvar o exemplo. %1</translation>
    </message>
</context>
<context>
    <name>SetExampleJsonCommand</name>
    <message>
        <source>Fix example</source>
        <translation>Corrigir exemplo</translation>
    </message>
</context>
<context>
    <name>SetNoteCommand</name>
    <message>
        <source>Change a note</source>
        <translation>Alterar uma nota</translation>
    </message>
</context>
<context>
    <name>SetRoleCommand</name>
    <message>
        <source>Change who says a message</source>
        <translation>Mudar quem diz uma mensagem</translation>
    </message>
</context>
<context>
    <name>SetSplitCommand</name>
    <message>
        <source>Use examples for validation</source>
        <translation>Usar exemplos para validação</translation>
    </message>
    <message>
        <source>Use examples for training</source>
        <translation>Usar exemplos para treinamento</translation>
    </message>
</context>
<context>
    <name>SetTagsCommand</name>
    <message>
        <source>Change tags</source>
        <translation>Alterar etiquetas</translation>
    </message>
</context>
<context>
    <name>SetWeightCommand</name>
    <message>
        <source>Learn from an answer</source>
        <translation>Aprender com uma resposta</translation>
    </message>
    <message>
        <source>Stop learning from an answer</source>
        <translation>Deixar de aprender com uma resposta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preços</translation>
    </message>
</context>
<context>
    <name>StartFineTuneDialog</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Start Fine-Tune</source>
        <translation>Iniciar treinamento</translation>
    </message>
    <message>
        <source>Your examples go only to the provider you chose. This takes from seconds to a few minutes, depending on their size.</source>
        <translation>Seus exemplos vão apenas para o provedor que você escolheu. Isso leva de segundos a alguns minutos, dependendo do tamanho deles.</translation>
    </message>
    <message>
        <source>Step 1 of 3: what to train</source>
        <translation>Passo 1 de 3: o que treinar</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the examples</source>
        <translation>Passo 2 de 3: verificar os exemplos</translation>
    </message>
    <message>
        <source>Step 3 of 3: cost and confirmation</source>
        <translation>Passo 3 de 3: custo e confirmação</translation>
    </message>
    <message>
        <source>Sending your examples to %1</source>
        <translation>Enviando seus exemplos para %1</translation>
    </message>
    <message>
        <source>The fine-tune did not start</source>
        <translation>O treinamento não começou</translation>
    </message>
    <message>
        <source>Check Examples</source>
        <translation>Verificar exemplos</translation>
    </message>
    <message>
        <source>Fix the problems, then start again.</source>
        <translation>Corrija os problemas e depois comece de novo.</translation>
    </message>
    <message>
        <source>See the Cost</source>
        <translation>Ver o custo</translation>
    </message>
    <message>
        <source>Tick the box above to confirm.</source>
        <translation>Marque a caixa acima para confirmar.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Cancel Sending</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <source>Sending stopped: nothing was started and nothing is billed.</source>
        <translation>Envio interrompido: nada foi iniciado e nada é cobrado.</translation>
    </message>
    <message>
        <source>Confirm %1&apos;s own estimate</source>
        <translation>Confirmar a estimativa feita por %1</translation>
    </message>
    <message>
        <source>%1 will not start this fine-tune now.</source>
        <translation>%1 não vai iniciar este ajuste fino agora.</translation>
    </message>
    <message>
        <source>Tick the box above to confirm %1&apos;s estimate.</source>
        <translation>Marque a caixa acima para confirmar a estimativa de %1.</translation>
    </message>
    <message>
        <source>Nothing was started and nothing is billed; the files sent to %1 were deleted there.</source>
        <translation>Nada foi iniciado e nada é cobrado; os arquivos enviados para %1 foram apagados lá.</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>Change the Instructions</source>
        <translation>Alterar a instrução do sistema</translation>
    </message>
    <message numerus="yes">
        <source>The instructions (system prompt) tell the model who it is and how to answer. This text replaces them in the %n selected example(s). Leave it empty to remove them.</source>
        <translation>
            <numerusform>A instrução do sistema (system prompt) diz ao modelo quem ele é e como responder. Este texto a substitui no %n exemplo selecionado. Deixe-o vazio para removê-la.</numerusform>
            <numerusform>A instrução do sistema (system prompt) diz ao modelo quem ele é e como responder. Este texto a substitui nos %n exemplos selecionados. Deixe-o vazio para removê-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: You are the friendly support assistant of…</source>
        <translation>Por exemplo: Você é o assistente de suporte simpático da…</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Example(s)</source>
        <translation>
            <numerusform>Aplicar a %n exemplo</numerusform>
            <numerusform>Aplicar a %n exemplos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>%1: preferred %2 times. %3: preferred %4 times.</source>
        <translation>%1: preferido %2 vezes. %3: preferido %4 vezes.</translation>
    </message>
    <message>
        <source>%1
and %2</source>
        <translation>%1
e %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 de %n</numerusform>
            <numerusform>%1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Empates</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Ambas ruins</translation>
    </message>
    <message>
        <source>Judged blind</source>
        <translation>Julgados às cegas</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>This session</source>
        <translation>Esta sessão</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <source>No verdicts yet. After a turn, pick the better answer under the answers; every verdict is counted here per pair of models.</source>
        <translation>Nenhuma avaliação ainda. Depois de uma rodada, escolha a melhor resposta abaixo das respostas; cada veredito é contado aqui por par de modelos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which model answered better&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qual modelo respondeu melhor&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TogetherClient</name>
    <message>
        <source>upload file</source>
        <translation>enviar arquivo</translation>
    </message>
    <message>
        <source>list files</source>
        <translation>listar arquivos</translation>
    </message>
    <message>
        <source>get file</source>
        <translation>consultar arquivo</translation>
    </message>
    <message>
        <source>delete file</source>
        <translation>apagar arquivo</translation>
    </message>
    <message>
        <source>download file</source>
        <translation>baixar arquivo</translation>
    </message>
    <message>
        <source>start fine-tune</source>
        <translation>iniciar ajuste fino</translation>
    </message>
    <message>
        <source>list fine-tunes</source>
        <translation>listar treinamentos</translation>
    </message>
    <message>
        <source>get fine-tune</source>
        <translation>consultar treinamento</translation>
    </message>
    <message>
        <source>cancel fine-tune</source>
        <translation>cancelar treinamento</translation>
    </message>
    <message>
        <source>read fine-tune events</source>
        <translation>ler eventos do treinamento</translation>
    </message>
    <message>
        <source>list checkpoints</source>
        <translation>listar pontos de controle</translation>
    </message>
    <message>
        <source>read training measurements</source>
        <translation>ler medições do treinamento</translation>
    </message>
    <message>
        <source>estimate price</source>
        <translation>estimar preço</translation>
    </message>
    <message>
        <source>A tuned model answers only once it runs on a dedicated endpoint, which Together bills by the minute while it is on. Start one on Together&apos;s website, and stop it when you are done.</source>
        <translation>Um modelo ajustado só responde depois que roda em um endpoint dedicado, que a Together cobra por minuto enquanto estiver ligado. Inicie um no site da Together e desligue-o quando terminar.</translation>
    </message>
    <message>
        <source>list models that can be fine-tuned</source>
        <translation>listar os modelos que aceitam ajuste fino</translation>
    </message>
    <message>
        <source>read a model&apos;s fine-tuning limits</source>
        <translation>ler os limites de ajuste fino de um modelo</translation>
    </message>
    <message>
        <source>Together did not say how large this model&apos;s add-on can be. Choose the add-on size as well, then start again.</source>
        <translation>A Together não informou o tamanho máximo do complemento deste modelo. Escolha também o tamanho do complemento e inicie de novo.</translation>
    </message>
</context>
<context>
    <name>TogetherHyperparameters</name>
    <message>
        <source>Passes over your examples</source>
        <translation>Passagens pelos seus exemplos</translation>
    </message>
    <message>
        <source>How many times the model reads all your examples. More passes learn more, but too many make it repeat your examples word for word.</source>
        <translation>Quantas vezes o modelo lê todos os seus exemplos. Mais passagens aprendem mais, mas passagens demais fazem o modelo repetir seus exemplos palavra por palavra.</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Exemplos por passo</translation>
    </message>
    <message>
        <source>How many examples the model learns from at once. Larger steps learn more smoothly but need more memory.</source>
        <translation>Quantos exemplos o modelo usa para aprender de uma só vez. Passos maiores aprendem de forma mais estável, mas precisam de mais memória.</translation>
    </message>
    <message>
        <source>The largest the model allows (Together&apos;s &quot;max&quot;).</source>
        <translation>O maior que o modelo permite (o &quot;max&quot; da Together).</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>How big each learning step is (the value itself, such as 0.00001). Smaller is more careful; larger learns faster but can become unstable.</source>
        <translation>O tamanho de cada passo de aprendizado (o próprio valor, como 0.00001). Menor é mais cuidadoso; maior aprende mais rápido, mas pode ficar instável.</translation>
    </message>
    <message>
        <source>What to train</source>
        <translation>O que treinar</translation>
    </message>
    <message>
        <source>A small add-on trained beside the model (LoRA: cheaper and faster), or every part of the model (full: costs more, needs more examples).</source>
        <translation>Um pequeno complemento treinado ao lado do modelo (LoRA: mais barato e mais rápido) ou todas as partes do modelo (completo: custa mais e precisa de mais exemplos).</translation>
    </message>
    <message>
        <source>A small add-on (LoRA)</source>
        <translation>Um pequeno complemento (LoRA)</translation>
    </message>
    <message>
        <source>Cheaper and faster; enough for most tasks.</source>
        <translation>Mais barato e mais rápido; suficiente para a maioria das tarefas.</translation>
    </message>
    <message>
        <source>The whole model (full)</source>
        <translation>O modelo inteiro (completo)</translation>
    </message>
    <message>
        <source>Changes every weight; costs more and needs more examples.</source>
        <translation>Altera todos os pesos; custa mais e precisa de mais exemplos.</translation>
    </message>
    <message>
        <source>Add-on size</source>
        <translation>Tamanho do complemento</translation>
    </message>
    <message>
        <source>How much the LoRA add-on can hold. Larger learns more detail but trains more slowly.</source>
        <translation>Quanto o complemento LoRA consegue guardar. Maior aprende mais detalhes, mas treina mais devagar.</translation>
    </message>
    <message>
        <source>The largest the model allows.</source>
        <translation>O maior que o modelo permite.</translation>
    </message>
    <message>
        <source>Add-on strength</source>
        <translation>Força do complemento</translation>
    </message>
    <message>
        <source>How strongly the LoRA add-on changes the model&apos;s answers.</source>
        <translation>O quanto o complemento LoRA muda as respostas do modelo.</translation>
    </message>
    <message>
        <source>Twice the add-on size.</source>
        <translation>O dobro do tamanho do complemento.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versões salvas</translation>
    </message>
    <message>
        <source>How many versions of the model are saved along the way, so you can try one from before the end.</source>
        <translation>Quantas versões do modelo são salvas ao longo do treinamento, para que você possa testar uma de antes do fim.</translation>
    </message>
    <message>
        <source>Checks during training</source>
        <translation>Verificações durante o treinamento</translation>
    </message>
    <message>
        <source>How many times the examples you set aside are used to measure progress while the model trains.</source>
        <translation>Quantas vezes os exemplos que você separou são usados para medir o progresso enquanto o modelo treina.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) when you set examples aside, none otherwise.</source>
        <translation>
            <numerusform>%n verificação quando você separa exemplos; nenhuma, caso contrário.</numerusform>
            <numerusform>%n verificações quando você separa exemplos; nenhuma, caso contrário.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>The share of training that starts with small steps, which can steady the beginning (0.1 is a tenth).</source>
        <translation>A parte do treinamento que começa com passos pequenos, o que pode estabilizar o início (0.1 é um décimo).</translation>
    </message>
    <message>
        <source>Also learn the questions</source>
        <translation>Aprender também as perguntas</translation>
    </message>
    <message>
        <source>Whether the model also learns to write the user&apos;s messages, not only the answers.</source>
        <translation>Se o modelo também aprende a escrever as mensagens do usuário, e não só as respostas.</translation>
    </message>
    <message>
        <source>Preference strength</source>
        <translation>Força da preferência</translation>
    </message>
    <message>
        <source>How closely the model stays to the way it answered before. Higher keeps it closer; lower follows your preferred answers more boldly.</source>
        <translation>O quanto o modelo se mantém próximo da forma como respondia antes. Valores mais altos o mantêm mais próximo; valores mais baixos seguem suas respostas preferidas com mais ousadia.</translation>
    </message>
</context>
<context>
    <name>TokenHistogram</name>
    <message>
        <source>Tokens per example</source>
        <translation>Tokens por exemplo</translation>
    </message>
    <message>
        <source>Check the dataset to see how long its examples are.</source>
        <translation>Verifique o conjunto de dados para ver o tamanho dos exemplos.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens per example: smallest %L1, median %L2, 90% are at most %L3, largest %L4.</source>
        <translation>Tokens por exemplo: menor %L1, mediana %L2, 90% têm no máximo %L3, maior %L4.</translation>
    </message>
    <message>
        <source>Messages per example: smallest %L1, median %L2, largest %L3.</source>
        <translation>Mensagens por exemplo: menor %L1, mediana %L2, maior %L3.</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>Count the tokens of text files, as OpenAI counts them</source>
        <translation>Contar os tokens de arquivos de texto, como a OpenAI os conta</translation>
    </message>
    <message>
        <source>Prints, for each file, the number of tokens of its whole text: one line “COUNT FILE”.
Files are read as UTF-8, exactly as they are (a byte-order mark and line endings count too).</source>
        <translation>Imprime, para cada arquivo, o número de tokens de todo o seu texto: uma linha “CONTAGEM ARQUIVO”.
Os arquivos são lidos como UTF-8, exatamente como estão (a marca de ordem de bytes e as quebras de linha também contam).</translation>
    </message>
    <message>
        <source>The tokenizer: o200k_base (GPT-4o, GPT-4.1 and later; the default) or cl100k_base (GPT-3.5, GPT-4).</source>
        <translation>O tokenizador: o200k_base (GPT-4o, GPT-4.1 e posteriores; o padrão) ou cl100k_base (GPT-3.5, GPT-4).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Text files to count.</source>
        <translation>Arquivos de texto a contar.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARQUIVO...</translation>
    </message>
    <message>
        <source>“%1” is not a tokenizer Ajuste knows. Use --encoding o200k_base or --encoding cl100k_base.</source>
        <translation>“%1” não é um tokenizador que o Ajuste conhece. Use --encoding o200k_base ou --encoding cl100k_base.</translation>
    </message>
    <message>
        <source>Name at least one file to count, for example: ajuste tokens notes.txt</source>
        <translation>Informe pelo menos um arquivo a contar, por exemplo: ajuste tokens notes.txt</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2. Check the file&apos;s name and that you may open it, then try again.</source>
        <translation>Não foi possível ler “%1”: %2. Verifique o nome do arquivo e se você tem permissão para abri-lo, depois tente de novo.</translation>
    </message>
    <message>
        <source>Could not read all of “%1”: %2. Check the disk or copy the file elsewhere, then try again.</source>
        <translation>Não foi possível ler “%1” por inteiro: %2. Verifique o disco ou copie o arquivo para outro lugar, depois tente de novo.</translation>
    </message>
</context>
<context>
    <name>ToolCallView</name>
    <message>
        <source>The details of this call are not valid JSON (%1, at character %2), so the model would learn a broken call. Correct them in the file and import it again.</source>
        <translation>Os detalhes desta chamada não são um JSON válido (%1, no caractere %2), então o modelo aprenderia uma chamada com defeito. Corrija-os no arquivo e importe-o de novo.</translation>
    </message>
    <message>
        <source>The details of this call should be a JSON object, in braces { }.</source>
        <translation>Os detalhes desta chamada devem ser um objeto JSON, entre chaves { }.</translation>
    </message>
    <message>
        <source>Calls the function &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Chama a função &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>tool_calls[].function, call id: %1</source>
        <translation>tool_calls[].function, id da chamada: %1</translation>
    </message>
    <message>
        <source>The details passed to the function (its arguments)</source>
        <translation>Os detalhes passados à função (os argumentos dela)</translation>
    </message>
</context>
<context>
    <name>TrainingAdvisor</name>
    <message>
        <source>The run has too few measurements to say how training went.</source>
        <translation>O treinamento tem poucas medições para dizer como ele foi.</translation>
    </message>
    <message numerus="yes">
        <source>The first measurements are coming in. After about %n steps this will say how training is going.</source>
        <translation>
            <numerusform>As primeiras medições estão chegando. Depois de cerca de %n passo, aqui vai aparecer como o treinamento está indo.</numerusform>
            <numerusform>As primeiras medições estão chegando. Depois de cerca de %n passos, aqui vai aparecer como o treinamento está indo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loss is still falling at the end: more epochs could help.</source>
        <translation>A perda ainda está caindo no final: mais épocas podem ajudar.</translation>
    </message>
    <message>
        <source>The loss jumps around a lot: more examples or a smaller learning rate may help.</source>
        <translation>A perda oscila muito: mais exemplos ou uma taxa de aprendizado menor podem ajudar.</translation>
    </message>
    <message>
        <source>Training is going well: the loss has fallen from %1 to %2.</source>
        <translation>O treinamento está indo bem: a perda caiu de %1 para %2.</translation>
    </message>
    <message>
        <source>The loss has fallen only a little so far, from %1 to %2.</source>
        <translation>Até agora a perda caiu só um pouco, de %1 para %2.</translation>
    </message>
    <message>
        <source>The loss has not fallen yet (%1 now). It usually starts to fall within the first part of the run.</source>
        <translation>A perda ainda não caiu (agora está em %1). Ela costuma começar a cair na primeira parte do treinamento.</translation>
    </message>
    <message>
        <source>The loss has risen from %1 to %2: training is not working. A smaller learning rate may help.</source>
        <translation>A perda subiu de %1 para %2: o treinamento não está funcionando. Uma taxa de aprendizado menor pode ajudar.</translation>
    </message>
    <message>
        <source>The loss has hardly changed (from %1 to %2): the model is not learning much from these examples. Check that the answers follow a clear pattern, or try a larger learning rate.</source>
        <translation>A perda quase não mudou (de %1 para %2): o modelo não está aprendendo muito com estes exemplos. Verifique se as respostas seguem um padrão claro ou tente uma taxa de aprendizado maior.</translation>
    </message>
    <message numerus="yes">
        <source>The validation loss has risen for the last %n epochs while the training loss keeps falling: the model may be memorising your examples; the checkpoint from epoch %1 may answer better.</source>
        <translation>
            <numerusform>A perda de validação vem subindo há %n época, enquanto a perda de treinamento continua caindo: o modelo pode estar decorando seus exemplos; o ponto de controle da época %1 pode responder melhor.</numerusform>
            <numerusform>A perda de validação vem subindo há %n épocas, enquanto a perda de treinamento continua caindo: o modelo pode estar decorando seus exemplos; o ponto de controle da época %1 pode responder melhor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The validation loss has risen for the last %n epochs while the training loss keeps falling: the model may be memorising your examples. It did best after epoch %1: training again with %1 epochs may answer better.</source>
        <translation>
            <numerusform>A perda de validação vem subindo há %n época, enquanto a perda de treinamento continua caindo: o modelo pode estar decorando seus exemplos. Ele se saiu melhor depois da época %1: treinar de novo com %1 épocas pode dar respostas melhores.</numerusform>
            <numerusform>A perda de validação vem subindo há %n épocas, enquanto a perda de treinamento continua caindo: o modelo pode estar decorando seus exemplos. Ele se saiu melhor depois da época %1: treinar de novo com %1 épocas pode dar respostas melhores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingChart</name>
    <message>
        <source>Training curve</source>
        <translation>Curva de treinamento</translation>
    </message>
    <message>
        <source>What the curve says</source>
        <translation>O que a curva mostra</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Época %1</translation>
    </message>
    <message>
        <source>Dashed lines mark where a new epoch starts; flags at the top mark saved checkpoints, which you can try in the Playground.</source>
        <translation>As linhas tracejadas marcam onde começa uma nova época; as bandeirinhas no topo marcam os pontos de controle salvos, que você pode testar na área de testes.</translation>
    </message>
    <message>
        <source>Dashed lines mark where a new epoch starts.</source>
        <translation>As linhas tracejadas marcam onde começa uma nova época.</translation>
    </message>
    <message>
        <source>Flags at the top mark saved checkpoints, which you can try in the Playground.</source>
        <translation>As bandeirinhas no topo marcam os pontos de controle salvos, que você pode testar na área de testes.</translation>
    </message>
    <message>
        <source>No measurements yet: the chart fills in as soon as the provider reports the first training step.</source>
        <translation>Ainda não há medições: o gráfico é preenchido assim que o provedor informar o primeiro passo de treinamento.</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perda de treinamento</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Acurácia de treinamento</translation>
    </message>
    <message>
        <source>Training loss, smoothed</source>
        <translation>Perda de treinamento, suavizada</translation>
    </message>
    <message>
        <source>Training accuracy, smoothed</source>
        <translation>Acurácia de treinamento, suavizada</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perda de validação</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Acurácia de validação</translation>
    </message>
    <message>
        <source>Full validation loss</source>
        <translation>Perda de validação completa</translation>
    </message>
    <message>
        <source>Full validation accuracy</source>
        <translation>Acurácia de validação completa</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Tokens right (%)</source>
        <translation>Tokens corretos (%)</translation>
    </message>
    <message>
        <source>Loss (log scale)</source>
        <translation>Perda (escala logarítmica)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>%1, epoch %2</source>
        <translation>%1, época %2</translation>
    </message>
    <message>
        <source>%1 (step %2): %3</source>
        <translation>%1 (passo %2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checkpoint saved here: %1</source>
        <translation>Ponto de controle salvo aqui: %1</translation>
    </message>
    <message>
        <source>Ajuste could not save the picture to “%1” (%2). Choose another folder, or check that there is free space.</source>
        <translation>O Ajuste não conseguiu salvar a imagem em “%1” (%2). Escolha outra pasta ou verifique se há espaço livre.</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>não foi possível gravar a imagem</translation>
    </message>
    <message>
        <source>training-curve</source>
        <translation>curva-de-treinamento</translation>
    </message>
    <message>
        <source>Save a Picture of the Chart</source>
        <translation>Salvar uma imagem do gráfico</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>training-metrics</source>
        <translation>medicoes-do-treinamento</translation>
    </message>
    <message>
        <source>Save the Measurements</source>
        <translation>Salvar as medições</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Planilhas (*.csv)</translation>
    </message>
</context>
<context>
    <name>TrainingProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes left</source>
        <translation>
            <numerusform>falta cerca de %n minuto</numerusform>
            <numerusform>faltam cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>falta cerca de %n hora</numerusform>
            <numerusform>faltam cerca de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days left</source>
        <translation>
            <numerusform>falta cerca de %n dia</numerusform>
            <numerusform>faltam cerca de %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training is over: all %Ln steps are done.</source>
        <translation>
            <numerusform>O treinamento terminou: %Ln passo concluído.</numerusform>
            <numerusform>O treinamento terminou: todos os %Ln passos foram concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first step.</source>
        <translation>Aguardando o primeiro passo.</translation>
    </message>
    <message>
        <source>Step %1.</source>
        <translation>Passo %1.</translation>
    </message>
    <message>
        <source>All %1 steps are done: the provider is finishing the model.</source>
        <translation>Todos os %1 passos foram concluídos: o provedor está finalizando o modelo.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>US$ %L1</source>
        <translation>US$ %L1</translation>
    </message>
    <message>
        <source>Check a training file and estimate what training on it costs</source>
        <translation>Verificar um arquivo de treinamento e estimar quanto custa treinar com ele</translation>
    </message>
    <message>
        <source>Checks a training file (JSONL) the way the provider will, lists every problem with its line and how to fix it, counts the tokens and estimates the price of training.</source>
        <translation>Verifica um arquivo de treinamento (JSONL) do mesmo jeito que o provedor fará, lista cada problema com a linha e como corrigi-lo, conta os tokens e estima o preço do treinamento.</translation>
    </message>
    <message>
        <source>The model to fine-tune (default: %1).</source>
        <translation>O modelo a passar por ajuste fino (padrão: %1).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>How many times training goes through the examples (default: automatic).</source>
        <translation>Quantas vezes o treinamento percorre os exemplos (padrão: automático).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the text report.</source>
        <translation>Imprimir um único objeto JSON em vez do relatório em texto.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>The training file to check.</source>
        <translation>O arquivo de treinamento a verificar.</translation>
    </message>
    <message>
        <source>Name one training file to check, for example: ajuste validate examples.jsonl</source>
        <translation>Informe um arquivo de treinamento a verificar, por exemplo: ajuste validate examples.jsonl</translation>
    </message>
    <message>
        <source>The number of epochs must be a whole number from 1 to 50.</source>
        <translation>O número de épocas deve ser um número inteiro de 1 a 50.</translation>
    </message>
    <message>
        <source>Ajuste has no prices for the model “%1”; the estimate has no price. Check the model&apos;s name, or add its prices in Settings.</source>
        <translation>O Ajuste não tem preços para o modelo “%1”; a estimativa fica sem preço. Verifique o nome do modelo ou adicione os preços dele em Configurações.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln examples, checked for %2 (%3).</source>
        <translation>
            <numerusform>%1: %Ln exemplo, verificado para %2 (%3).</numerusform>
            <numerusform>%1: %Ln exemplos, verificados para %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2) [%3]</source>
        <translation>%1 (%L2) [%3]</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… e mais %Ln.</numerusform>
            <numerusform>… e mais %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>Como corrigir: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>Tokens per example: smallest %L1, median %L2, 90% up to %L3, largest %L4.</source>
        <translation>Tokens por exemplo: menor %L1, mediana %L2, 90% até %L3, maior %L4.</translation>
    </message>
    <message>
        <source>Messages per example: smallest %L1, median %L2, largest %L3.</source>
        <translation>Mensagens por exemplo: menor %L1, mediana %L2, maior %L3.</translation>
    </message>
    <message>
        <source>Epochs: %L1 (automatic).</source>
        <translation>Épocas: %L1 (automático).</translation>
    </message>
    <message>
        <source>Epochs: %L1.</source>
        <translation>Épocas: %L1.</translation>
    </message>
    <message>
        <source>Billed training tokens: %L1 (%L2 per epoch).</source>
        <translation>Tokens de treinamento cobrados: %L1 (%L2 por época).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln examples are longer than the model reads and will be cut off.</source>
        <translation>
            <numerusform>%Ln exemplo é mais longo do que o modelo lê e será cortado.</numerusform>
            <numerusform>%Ln exemplos são mais longos do que o modelo lê e serão cortados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated training price: %1.</source>
        <translation>Preço estimado do treinamento: %1.</translation>
    </message>
    <message>
        <source>Estimated training price: unknown — check the provider&apos;s page.</source>
        <translation>Preço estimado do treinamento: desconhecido — consulte a página do provedor.</translation>
    </message>
    <message>
        <source>Using the tuned model: about %1 per 1,000 messages like these (%L2 tokens in, %L3 out).</source>
        <translation>Usando o modelo ajustado: cerca de %1 a cada 1.000 mensagens como estas (%L2 tokens de entrada, %L3 de saída).</translation>
    </message>
</context>
<context>
    <name>ValidationSplitDialog</name>
    <message>
        <source>Make a Validation Split</source>
        <translation>Separar exemplos para validação</translation>
    </message>
    <message>
        <source>Validation examples are kept aside during training. The model never learns from them, so how well it answers them shows how well it learned. Every example is put in training or validation again.</source>
        <translation>Os exemplos de validação ficam de fora durante o treinamento. O modelo nunca aprende com eles, então a qualidade das respostas a eles mostra o quanto ele aprendeu. Cada exemplo é colocado de novo em treinamento ou em validação.</translation>
    </message>
    <message>
        <source>The same number always chooses the same examples (seed).</source>
        <translation>O mesmo número sempre escolhe os mesmos exemplos (semente).</translation>
    </message>
    <message>
        <source>Share for validation:</source>
        <translation>Parte para validação:</translation>
    </message>
    <message>
        <source>Choice number:</source>
        <translation>Número de escolha:</translation>
    </message>
    <message>
        <source>Make the Split</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>%1 examples for validation, %2 for training.</source>
        <translation>%1 exemplos para validação, %2 para treinamento.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Ambas ruins</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Save as Preference…</source>
        <translation>Salvar como preferência…</translation>
    </message>
    <message>
        <source>Show which model wrote each answer (Alt+R). After that your verdict for this turn is final.</source>
        <translation>Mostrar qual modelo escreveu cada resposta (Alt+R). Depois disso, sua avaliação para esta rodada é definitiva.</translation>
    </message>
    <message>
        <source>Save the better and a worse answer as a preference example, so a model can learn which answer to prefer (Alt+P).</source>
        <translation>Salvar a melhor resposta e uma pior como exemplo de preferência, para que um modelo aprenda qual resposta preferir (Alt+P).</translation>
    </message>
    <message>
        <source>The answers are equally good (Alt+T).</source>
        <translation>As respostas são igualmente boas (Alt+T).</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>Answer %1 is the better one (Alt+%1).</source>
        <translation>A resposta %1 é a melhor (Alt+%1).</translation>
    </message>
    <message>
        <source>All bad</source>
        <translation>Todas ruins</translation>
    </message>
    <message>
        <source>Neither answer is good (Alt+B).</source>
        <translation>Nenhuma das duas respostas é boa (Alt+B).</translation>
    </message>
    <message>
        <source>None of the answers is good (Alt+B).</source>
        <translation>Nenhuma das respostas é boa (Alt+B).</translation>
    </message>
    <message>
        <source>Which answer is better?</source>
        <translation>Qual resposta é melhor?</translation>
    </message>
    <message>
        <source>Which answer is best?</source>
        <translation>Qual resposta é a melhor?</translation>
    </message>
    <message>
        <source>The models are hidden and shown in a shuffled order. Pick the better answer, then reveal who wrote it.</source>
        <translation>Os modelos ficam ocultos e aparecem em ordem aleatória. Escolha a melhor resposta e depois revele quem a escreveu.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Ajuste</source>
        <translation>Boas-vindas ao Ajuste</translation>
    </message>
    <message>
        <source>Teach a language model to answer like your team</source>
        <translation>Ensine um modelo de linguagem a responder como a sua equipe</translation>
    </message>
    <message>
        <source>Fine-tuning shows a model examples of good answers until it answers that way by itself. You bring the examples; Ajuste takes care of the rest, in four steps:</source>
        <translation>O ajuste fino mostra a um modelo exemplos de boas respostas até ele responder assim sozinho. Você traz os exemplos; o Ajuste cuida do resto, em quatro passos:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Curate examples.&lt;/b&gt; Import conversations from a file or write them here: a question and the answer you want.</source>
        <translation>&lt;b&gt;Organize exemplos.&lt;/b&gt; Importe conversas de um arquivo ou escreva-as aqui: uma pergunta e a resposta que você quer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check them.&lt;/b&gt; Ajuste finds problems, explains how to fix them and tells you what training will cost before you spend anything.</source>
        <translation>&lt;b&gt;Verifique-os.&lt;/b&gt; O Ajuste encontra problemas, explica como corrigi-los e diz quanto o treinamento vai custar antes de você gastar qualquer coisa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train.&lt;/b&gt; Start a fine-tune on a provider and watch the model learn, live.</source>
        <translation>&lt;b&gt;Treine.&lt;/b&gt; Inicie um ajuste fino em um provedor e acompanhe o modelo aprendendo, ao vivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare answers.&lt;/b&gt; Ask the base model and your tuned model the same question and see whether it got better.</source>
        <translation>&lt;b&gt;Compare respostas.&lt;/b&gt; Faça a mesma pergunta ao modelo base e ao seu modelo ajustado e veja se ele melhorou.</translation>
    </message>
    <message>
        <source>You can try everything right now: the &lt;b&gt;Sandbox&lt;/b&gt; simulates a provider on this computer, with no key, no internet and no cost.</source>
        <translation>Você pode experimentar tudo agora mesmo: o &lt;b&gt;Sandbox&lt;/b&gt; simula um provedor neste computador, sem chave, sem internet e sem custo.</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Abrir o espaço de trabalho de exemplo</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Começar com um espaço de trabalho vazio</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Ajuste must update the workspace “%1” to a newer format, but could not make a backup copy next to it first. Check that the folder is writable.</source>
        <translation>O Ajuste precisa atualizar o espaço de trabalho “%1” para um formato mais novo, mas não conseguiu antes fazer uma cópia de segurança ao lado dele. Verifique se é possível gravar nessa pasta.</translation>
    </message>
    <message>
        <source>Ajuste could not open the workspace “%1”. Check that the disk is not full and that you may write to this folder.</source>
        <translation>O Ajuste não conseguiu abrir o espaço de trabalho “%1”. Verifique se o disco não está cheio e se você pode gravar nessa pasta.</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Meu espaço de trabalho</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>Exemplo</translation>
    </message>
</context>
<context>
    <name>WorkspaceError</name>
    <message>
        <source>The disk is full, so Ajuste could not save this change to the workspace. Make room on the disk (empty the trash, delete files you no longer need) and try again. Everything saved before is still there.</source>
        <translation>O disco está cheio, então o Ajuste não conseguiu salvar esta alteração no espaço de trabalho. Libere espaço no disco (esvazie a lixeira, apague arquivos de que não precisa mais) e tente de novo. Tudo o que foi salvo antes continua lá.</translation>
    </message>
    <message>
        <source>The workspace is busy: another Ajuste window or an ajuste command is changing it right now. Wait until it has finished and try again. Nothing was changed.</source>
        <translation>O espaço de trabalho está ocupado: outra janela do Ajuste ou um comando ajuste está alterando-o agora. Espere terminar e tente de novo. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>The workspace “%1” does not exist. It may have been moved or deleted; choose File ▸ Open Workspace to find it.</source>
        <translation>O espaço de trabalho “%1” não existe. Ele pode ter sido movido ou apagado; escolha Arquivo ▸ Abrir espaço de trabalho para encontrá-lo.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Ajuste (workspace format %2). Update Ajuste to open it; the file was not changed.</source>
        <translation>“%1” foi salvo por uma versão mais nova do Ajuste (formato %2). Atualize o Ajuste para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>“%1” is not an Ajuste workspace. To bring examples from a file such as JSONL or CSV into Ajuste, use File ▸ Import instead. The file was not changed.</source>
        <translation>“%1” não é um espaço de trabalho do Ajuste. Para trazer exemplos de um arquivo como JSONL ou CSV, use Arquivo ▸ Importar. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>“%1” is damaged: part of the file is missing, as if a copy or download stopped early. Restore it from a backup; the file was not changed.</source>
        <translation>“%1” está danificado: falta uma parte do arquivo, como se uma cópia ou um download tivesse parado no meio. Restaure-o de uma cópia de segurança; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not an Ajuste workspace. The file was not changed.</source>
        <translation>“%1” é um banco de dados de outro programa, não um espaço de trabalho do Ajuste. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Ajuste cannot read “%1”. Check that you have permission to open it.</source>
        <translation>O Ajuste não consegue ler “%1”. Verifique se você tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>“%1” is damaged: some of its contents can no longer be read back correctly. Restore it from a backup; the file was not changed.</source>
        <translation>“%1” está danificado: parte do conteúdo não pode mais ser lida corretamente. Restaure-o de uma cópia de segurança; o arquivo não foi alterado.</translation>
    </message>
</context>
</TS>
