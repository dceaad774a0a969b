## Questionário: Justiça e forças policiais (justice-pulse), para polícia, justiça e governo.
## Estrutura: content/checkins/justice-pulse.yaml. Legislação, investigações, tribunais, gestão de autores, bases de imagens, terminologia.

ci-justice-pulse-title = Justiça e forças policiais
ci-justice-pulse-about = Seis perguntas sobre a lei, as investigações, os tribunais e a gestão de autores de crimes. Leva cerca de 3 minutos, e as respostas só são apresentadas de forma agregada.
ci-justice-pulse-legislation = Em que ponto está a legislação do seu país para oferecer um quadro abrangente que permita investigar os autores e proteger as vítimas de exploração e abuso sexual infantil, online e offline?
ci-justice-pulse-barrier = Qual é o principal obstáculo à investigação da exploração e do abuso sexual infantil online no seu país?
ci-justice-pulse-barrier-funding = Recursos financeiros e pessoal
ci-justice-pulse-barrier-training = Formação especializada
ci-justice-pulse-barrier-tools = Ferramentas técnicas e perícia digital
ci-justice-pulse-barrier-cooperation = Cooperação internacional
ci-justice-pulse-barrier-laws = Lacunas na legislação
ci-justice-pulse-barrier-other = Outro motivo
ci-justice-pulse-judiciary = No meu país, juízes e membros do Ministério Público estão capacitados para lidar com casos de exploração e abuso sexual infantil e colocam as necessidades da criança vítima no centro.
ci-justice-pulse-offender-mgmt = Em que ponto está o seu país na gestão de pessoas condenadas por crimes sexuais contra crianças, para prevenir a reincidência dentro e fora do país?
ci-justice-pulse-image-database = O seu país tem uma base de dados nacional de material de abuso sexual infantil ligada à base de dados internacional sobre exploração sexual infantil (ICSE) da INTERPOL?
ci-justice-pulse-terminology = No meu país, a polícia, o Ministério Público e os tribunais usam sistematicamente termos comuns, como “material de abuso sexual infantil”, de acordo com as Orientações de Luxemburgo.
