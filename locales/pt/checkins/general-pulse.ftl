## Questionário: Visão geral (general-pulse), para todos os setores.
## Estrutura: content/checkins/general-pulse.yaml. Uma pergunta por domínio do Modelo de Resposta Nacional.

ci-general-pulse-title = Visão geral
ci-general-pulse-about = Oito perguntas rápidas sobre os seis domínios do Modelo de Resposta Nacional. Leva cerca de 3 minutos, e as respostas só são apresentadas de forma agregada.
ci-general-pulse-leadership = Em que ponto está o seu país quanto à liderança nacional contra a exploração e o abuso sexual infantil online, com um órgão responsável que reúna todos os setores?
ci-general-pulse-research = Em que ponto está o seu país na pesquisa e no monitoramento da exploração e do abuso sexual infantil online, com uma análise nacional da situação e indicadores para acompanhar os avanços?
ci-general-pulse-law-enforcement = Em que ponto está o seu país quanto a forças policiais especializadas em exploração e abuso sexual infantil online?
ci-general-pulse-victim-support = Em que ponto está o seu país no apoio integral às crianças vítimas, da investigação e do processo judicial ao acompanhamento posterior?
ci-general-pulse-hotline = Existe no seu país um canal de denúncia onde qualquer pessoa possa denunciar material de abuso sexual infantil encontrado na internet?
ci-general-pulse-education = Em que ponto está o programa educativo do seu país sobre exploração e abuso sexual infantil online, destinado a crianças e adolescentes, pais e cuidadores, professores e outros profissionais?
ci-general-pulse-industry = No meu país, as empresas de tecnologia colaboram ativamente com as autoridades e outros parceiros para combater a exploração e o abuso sexual infantil online.
ci-general-pulse-media = Em que ponto está o seu país quanto a uma cobertura jornalística ética e informada sobre a exploração e o abuso sexual infantil?
