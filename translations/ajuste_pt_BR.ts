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
</context>
<context>
    <name>ExampleJson</name>
    <message>
        <source>a preference example needs an "input" object with the conversation, but this line has none.</source>
        <translation>um exemplo de preferência precisa de um objeto "input" com a conversa, mas esta linha não tem.</translation>
    </message>
    <message>
        <source>the "input" of a preference example needs a "messages" list, but this line has none.</source>
        <translation>o "input" de um exemplo de preferência precisa de uma lista "messages", mas esta linha não tem.</translation>
    </message>
    <message>
        <source>a preference example needs both a preferred and a non-preferred answer ("preferred_output" and "non_preferred_output").</source>
        <translation>um exemplo de preferência precisa de uma resposta preferida e de uma rejeitada ("preferred_output" e "non_preferred_output").</translation>
    </message>
    <message>
        <source>a training example needs a "messages" list (the conversation), but this line has none.</source>
        <translation>um exemplo de treinamento precisa de uma lista "messages" (a conversa), mas esta linha não tem.</translation>
    </message>
    <message>
        <source>every entry of the "messages" list must be a message with a role and a content, but one is not.</source>
        <translation>cada item da lista "messages" precisa ser uma mensagem com papel (role) e conteúdo (content), mas um deles não é.</translation>
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
    <name>JobsPage</name>
    <message>
        <source>No fine-tuning jobs yet</source>
        <translation>Nenhuma tarefa de ajuste ainda</translation>
    </message>
    <message>
        <source>A job teaches a model from your dataset on the provider's computers. It takes from minutes to hours; here you follow its progress and see whether the model is learning. Check your dataset first, then start a fine-tune from it.</source>
        <translation>Uma tarefa de ajuste ensina um modelo com o seu conjunto de dados nos computadores do provedor. Leva de minutos a horas; aqui você acompanha o progresso e vê se o modelo está aprendendo. Verifique primeiro o conjunto de dados e depois inicie o ajuste a partir dele.</translation>
    </message>
    <message>
        <source>Go to datasets</source>
        <translation>Ir para os conjuntos de dados</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
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
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>Compare answers</source>
        <translation>Compare respostas</translation>
    </message>
    <message>
        <source>Ask the same question to the base model and to your tuned model and read their answers side by side. Good answers can go straight back into your dataset. You need a finished fine-tuning job to compare.</source>
        <translation>Faça a mesma pergunta ao modelo base e ao seu modelo ajustado e leia as respostas lado a lado. Boas respostas podem voltar direto para o seu conjunto de dados. Para comparar, você precisa de uma tarefa de ajuste concluída.</translation>
    </message>
    <message>
        <source>Go to jobs</source>
        <translation>Ir para as tarefas</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Área de testes</translation>
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
        <source>Fine-tune GPT models on OpenAI. OpenAI no longer accepts fine-tuning from new organisations; tuned models stay usable for chat.</source>
        <translation>Ajuste fino de modelos GPT na OpenAI. A OpenAI não aceita mais ajuste fino de novas organizações; os modelos ajustados continuam disponíveis para conversa.</translation>
    </message>
    <message>
        <source>Your company's Azure OpenAI resource. Tuned models must be deployed before you can chat with them.</source>
        <translation>O recurso Azure OpenAI da sua empresa. Os modelos ajustados precisam ser implantados antes de você conversar com eles.</translation>
    </message>
    <message>
        <source>Fine-tune open models (Llama, Qwen, Mistral…) on Together AI.</source>
        <translation>Ajuste fino de modelos abertos (Llama, Qwen, Mistral…) na Together AI.</translation>
    </message>
    <message>
        <source>A chat server that speaks OpenAI's API, such as Ollama, LM Studio, vLLM or llama.cpp. Used in the Playground; it cannot train.</source>
        <translation>Um servidor de conversa que fala a API da OpenAI, como Ollama, LM Studio, vLLM ou llama.cpp. Usado no Playground; não faz treinamento.</translation>
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
        <source>The address of the provider's API (base URL)</source>
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
        <source>The key will be stored in the system keychain, never in Ajuste's files.</source>
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
        <translation>A chave de API guardada também será apagada. As tarefas já iniciadas continuam no seu espaço de trabalho.</translation>
    </message>
    <message>
        <source>Enter the address of the provider's API, such as https://api.openai.com/v1.</source>
        <translation>Digite o endereço da API do provedor, como https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>For your key's safety the address must start with https:// (plain http:// is allowed only for servers on this computer).</source>
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
</context>
<context>
    <name>ResultMetrics</name>
    <message>
        <source>The training results file has an unexpected layout (no "step" column), so the chart cannot be drawn from it.</source>
        <translation>O arquivo de resultados do treinamento tem um formato inesperado (sem a coluna "step"), então não é possível desenhar o gráfico a partir dele.</translation>
    </message>
    <message>
        <source>The training results file is empty.</source>
        <translation>O arquivo de resultados do treinamento está vazio.</translation>
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
</context>
</TS>
