## Modelo MNR: nomes e descrições de uma linha dos 6 domínios, das 21 capacidades e das 4 fases de maturidade.
## Estrutura: content/mnr/model.yaml. Com palavras próprias, a partir do Modelo de Resposta Nacional da WeProtect Global Alliance e do seu modelo de maturidade.
## Português neutro para o Brasil, Portugal e África.

## Domínios
mnr-domain-policy = Políticas e governança
mnr-domain-justice = Justiça criminal
mnr-domain-victim = Vítimas
mnr-domain-societal = Sociedade
mnr-domain-industry = Indústria
mnr-domain-media = Meios de comunicação

## Capacidades: nome e, depois, como é uma boa prática
mnr-cap-1 = Liderança
mnr-cap-1-desc = Um órgão nacional responsável, idealmente liderado pelo governo, reúne todos os setores para dirigir e supervisionar a resposta.
mnr-cap-2 = Pesquisa, análise e acompanhamento
mnr-cap-2-desc = Uma análise nacional da situação, dos riscos e da resposta, com indicadores mensuráveis para acompanhar os avanços.
mnr-cap-3 = Legislação
mnr-cap-3-desc = Um quadro jurídico abrangente permite investigar os autores e proteger as vítimas.
mnr-cap-4 = Forças policiais especializadas
mnr-cap-4-desc = Agentes capacitados, com atuação nacional, conduzem investigações proativas e reativas centradas na vítima e cooperam a nível internacional.
mnr-cap-5 = Magistratura e Ministério Público
mnr-cap-5-desc = Juízes e membros do Ministério Público são capacitados e colocam a vítima no centro de cada caso.
mnr-cap-6 = Gestão de autores de crimes
mnr-cap-6-desc = Os autores são acompanhados para prevenir a reincidência, dentro do país e a nível internacional.
mnr-cap-7 = Acesso a bases de dados de imagens
mnr-cap-7-desc = Existe uma base de dados nacional de material de abuso sexual infantil ligada à base ICSE da INTERPOL.
mnr-cap-8 = Apoio integral
mnr-cap-8-desc = As vítimas recebem apoio integrado durante a investigação e o processo judicial, e também depois.
mnr-cap-9 = Profissionais de proteção infantil
mnr-cap-9-desc = Há profissionais de proteção infantil capacitados, coordenados e disponíveis para apoiar as vítimas.
mnr-cap-10 = Compensação, reparação e queixas
mnr-cap-10-desc = As vítimas e as suas famílias têm procedimentos acessíveis para obter compensação e reparação e para apresentar queixa.
mnr-cap-11 = Linha de ajuda para crianças
mnr-cap-11-desc = As crianças podem denunciar abusos e receber apoio em uma linha de ajuda que as encaminha para serviços de acompanhamento.
mnr-cap-12 = Canal de denúncia
mnr-cap-12-desc = O público pode denunciar material de abuso sexual infantil na internet a um canal ligado à polícia e às empresas de internet.
mnr-cap-13 = Programa educativo
mnr-cap-13-desc = Crianças e adolescentes, pais e cuidadores, professores, profissionais e líderes religiosos conhecem os riscos e sabem proteger as crianças.
mnr-cap-14 = Participação infantil
mnr-cap-14-desc = As crianças são incentivadas e apoiadas a dar ideias e a influenciar as políticas e práticas que lhes dizem respeito.
mnr-cap-15 = Apoio a pessoas em risco de cometer abusos
mnr-cap-15-desc = As pessoas em risco de cometer abusos têm acesso a apoio médico, psicológico e de autoajuda, e sabem que ele existe.
mnr-cap-16 = Procedimentos de remoção
mnr-cap-16-desc = O material de abuso sexual infantil hospedado ou consultado no país é removido ou bloqueado rapidamente.
mnr-cap-17 = Denúncias por parte da indústria
mnr-cap-17-desc = A lei protege as empresas para que possam denunciar a exploração e o abuso sexual infantil às forças policiais.
mnr-cap-18 = Desenvolvimento de soluções inovadoras
mnr-cap-18-desc = A indústria participa no desenvolvimento de soluções para os problemas locais de exploração e abuso sexual infantil.
mnr-cap-19 = Responsabilidade social das empresas
mnr-cap-19-desc = As empresas realizam programas eficazes que colocam em primeiro lugar a segurança e o bem-estar das crianças.
mnr-cap-20 = Cobertura jornalística ética e informada
mnr-cap-20-desc = Os meios de comunicação informam de forma ética e rigorosa e ajudam a conhecer e compreender melhor o problema.
mnr-cap-21 = Terminologia universal
mnr-cap-21-desc = Diretrizes comuns de terminologia, como as Orientações de Luxemburgo, são aplicadas em todos os setores.

## Fases de maturidade, por ordem
mnr-phase-building = Construção
mnr-phase-building-desc = Primeiros passos: ainda há pouco em funcionamento, ou apenas no papel.
mnr-phase-enhancement = Aperfeiçoamento
mnr-phase-enhancement-desc = As bases já existem e vão sendo reforçadas, mas a cobertura e a qualidade ainda são desiguais.
mnr-phase-integration = Integração
mnr-phase-integration-desc = Funciona na prática e está articulado com outros serviços e setores em todo o país.
mnr-phase-maturity = Maturidade
mnr-phase-maturity-desc = Sustentável, com recursos suficientes, revisado e melhorado com regularidade; serve de exemplo a outros.
