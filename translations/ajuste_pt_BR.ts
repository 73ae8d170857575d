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
        <source>OpenAI no longer accepts new fine-tuning jobs from this organisation; choose another provider.</source>
        <translation>A OpenAI não aceita mais novas tarefas de ajuste fino desta organização; escolha outro provedor.</translation>
    </message>
    <message>
        <source>Your account has run out of credit or reached its spending limit. Add credit or raise the limit on the provider's website, then try again.</source>
        <translation>Sua conta ficou sem crédito ou atingiu o limite de gastos. Adicione crédito ou aumente o limite no site do provedor e tente de novo.</translation>
    </message>
    <message>
        <source>The provider is receiving too many requests from your account right now. Wait a minute, then try again.</source>
        <translation>O provedor está recebendo pedidos demais da sua conta agora. Espere um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>The provider did not accept the file. Check that it is a training file in the expected format (run "Check dataset"), then upload it again.</source>
        <translation>O provedor não aceitou o arquivo. Verifique se é um arquivo de treinamento no formato esperado (use "Verificar conjunto de dados") e envie-o de novo.</translation>
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
        <source>The secure connection to the provider could not be verified, so nothing was sent. Check the address and your computer's date and time; a proxy or firewall may be interfering.</source>
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
        <source>Each tool needs the type "function" and a function with a name; correct or remove the tool.</source>
        <translation>Cada ferramenta precisa do tipo "function" e de uma função com nome; corrija ou remova a ferramenta.</translation>
    </message>
    <message>
        <source>Each tool call needs an id, the type "function" and the name of the function; correct or remove the call.</source>
        <translation>Cada chamada de ferramenta precisa de um id, do tipo "function" e do nome da função; corrija ou remova a chamada.</translation>
    </message>
    <message>
        <source>Write the arguments of the tool call as valid JSON text, for example {"city": "Recife"}.</source>
        <translation>Escreva os argumentos da chamada de ferramenta como texto JSON válido, por exemplo {"city": "Recife"}.</translation>
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
        <source>Shorten the conversation or split it in two; the part beyond the model's limit will be cut off.</source>
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
        <source>Consider adding the user's message the answer responds to.</source>
        <translation>Considere adicionar a mensagem do usuário à qual a resposta responde.</translation>
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
    <name>ConnectionTester</name>
    <message numerus="yes">
        <source>Connected. The provider offers %n model(s).</source>
        <translation><numerusform>Conectado. O provedor oferece %n modelo.</numerusform><numerusform>Conectado. O provedor oferece %n modelos.</numerusform></translation>
    </message>
    <message>
        <source>No API key is saved for this profile. Paste your key, then test again.</source>
        <translation>Não há chave de API guardada para este perfil. Cole sua chave e teste de novo.</translation>
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
        <translation><numerusform>Há %Ln exemplo de treinamento; o provedor precisa de pelo menos %1.</numerusform><numerusform>Há %Ln exemplos de treinamento; o provedor precisa de pelo menos %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>There are %Ln training examples; 50 to 100 usually give clearly better results.</source>
        <translation><numerusform>Há %Ln exemplo de treinamento; 50 a 100 costumam dar resultados claramente melhores.</numerusform><numerusform>Há %Ln exemplos de treinamento; 50 a 100 costumam dar resultados claramente melhores.</numerusform></translation>
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
        <source>The example has a field the provider does not know: "%1".</source>
        <translation>O exemplo tem um campo que o provedor não conhece: "%1".</translation>
    </message>
    <message>
        <source>Every answer is marked to be skipped, so the model learns nothing from this example.</source>
        <translation>Todas as respostas estão marcadas para serem ignoradas, então o modelo não aprende nada com este exemplo.</translation>
    </message>
    <message>
        <source>This comparison has no conversation to answer (the "input" field is missing).</source>
        <translation>Esta comparação não tem conversa para responder (falta o campo "input").</translation>
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
        <source>The parameters of tool "%1" are not described as an object.</source>
        <translation>Os parâmetros da ferramenta "%1" não estão descritos como um objeto.</translation>
    </message>
    <message>
        <source>This example has no conversation (no list of messages).</source>
        <translation>Este exemplo não tem conversa (nenhuma lista de mensagens).</translation>
    </message>
    <message>
        <source>This example's conversation is empty or is not a list of messages.</source>
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
        <source>%1 has a field the provider does not know: "%2".</source>
        <translation>%1 tem um campo que o provedor não conhece: "%2".</translation>
    </message>
    <message>
        <source>%1 does not say who is speaking.</source>
        <translation>%1 não diz quem está falando.</translation>
    </message>
    <message>
        <source>%1 has a speaker the provider does not know: "%2".</source>
        <translation>%1 tem um autor que o provedor não conhece: "%2".</translation>
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
        <source>%1: tool call %L2 needs an id, the type "function" and a function name.</source>
        <translation>%1: a chamada de ferramenta %L2 precisa de um id, do tipo "function" e de um nome de função.</translation>
    </message>
    <message>
        <source>%1: the arguments of the call to "%2" are not valid JSON text.</source>
        <translation>%1: os argumentos da chamada a "%2" não são texto JSON válido.</translation>
    </message>
    <message>
        <source>%1 is a tool result that does not say which tool call it answers.</source>
        <translation>%1 é um resultado da ferramenta que não diz a qual chamada de ferramenta responde.</translation>
    </message>
    <message>
        <source>%1 answers the tool call "%2", but no earlier message makes that call.</source>
        <translation>%1 responde à chamada de ferramenta "%2", mas nenhuma mensagem anterior faz essa chamada.</translation>
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
    <name>OpenAiClient</name>
    <message>
        <source>The list of %1 had no "data".</source>
        <translation>A lista de %1 não tinha "data".</translation>
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
        <translation>A nova tarefa não tem id.</translation>
    </message>
    <message>
        <source>list fine-tunes</source>
        <translation>listar tarefas de ajuste</translation>
    </message>
    <message>
        <source>get fine-tune</source>
        <translation>consultar tarefa de ajuste</translation>
    </message>
    <message>
        <source>cancel fine-tune</source>
        <translation>cancelar tarefa de ajuste</translation>
    </message>
    <message>
        <source>pause fine-tune</source>
        <translation>pausar tarefa de ajuste</translation>
    </message>
    <message>
        <source>resume fine-tune</source>
        <translation>retomar tarefa de ajuste</translation>
    </message>
    <message>
        <source>read fine-tune events</source>
        <translation>ler eventos da tarefa de ajuste</translation>
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
        <translation>listar tarefas de ajuste</translation>
    </message>
    <message>
        <source>get fine-tune</source>
        <translation>consultar tarefa de ajuste</translation>
    </message>
    <message>
        <source>cancel fine-tune</source>
        <translation>cancelar tarefa de ajuste</translation>
    </message>
    <message>
        <source>read fine-tune events</source>
        <translation>ler eventos da tarefa de ajuste</translation>
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
