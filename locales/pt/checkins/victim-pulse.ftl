## Questionário: Apoio às vítimas (victim-pulse), para serviços sociais, saúde, ONG e governo.
## Estrutura: content/checkins/victim-pulse.yaml. Apoio às crianças vítimas, profissionais, compensação, linha de ajuda e canal de denúncia.

ci-victim-pulse-title = Apoio às vítimas
ci-victim-pulse-about = Seis perguntas sobre o apoio às crianças vítimas, as linhas de ajuda e a denúncia. Leva cerca de 3 minutos, e as respostas só são apresentadas de forma agregada.
ci-victim-pulse-end-to-end = Em que ponto está o seu país no apoio integral às crianças vítimas de exploração e abuso sexual, de forma coordenada da investigação e do processo judicial ao acompanhamento posterior?
ci-victim-pulse-workforce = No meu país, há profissionais de proteção infantil capacitados e disponíveis para apoiar as crianças vítimas de exploração e abuso sexual quando é necessário.
ci-victim-pulse-gap = Qual é a principal lacuna no apoio às crianças vítimas de exploração e abuso sexual no seu país?
ci-victim-pulse-gap-staff = Poucos profissionais capacitados
ci-victim-pulse-gap-coordination = Pouca coordenação entre serviços
ci-victim-pulse-gap-reach = Serviços de difícil acesso fora das cidades
ci-victim-pulse-gap-aftercare = Pouco apoio psicológico a longo prazo
ci-victim-pulse-gap-funding = Financiamento insuficiente ou de curto prazo
ci-victim-pulse-gap-other = Outro motivo
ci-victim-pulse-compensation = Em que ponto está o seu país em oferecer às crianças vítimas e às suas famílias vias acessíveis para obter compensação e reparação e para apresentar queixa?
ci-victim-pulse-helpline = Existe no seu país uma linha de ajuda gratuita para crianças, onde possam denunciar abusos, receber apoio e ser encaminhadas para serviços de acompanhamento?
ci-victim-pulse-hotline = Em que ponto está o canal de denúncia do seu país para material de abuso sexual infantil na internet, incluindo a sua ligação à polícia e às empresas de internet?
