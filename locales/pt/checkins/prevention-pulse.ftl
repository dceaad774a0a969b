## Questionário: Prevenção (prevention-pulse), para educação, ONG, tecnologia, governo e outros setores.
## Estrutura: content/checkins/prevention-pulse.yaml. Educação, participação infantil, apoio a pessoas em risco de cometer abusos, indústria e meios de comunicação.

ci-prevention-pulse-title = Prevenção
ci-prevention-pulse-about = Sete perguntas sobre educação, participação infantil, apoio a pessoas em risco de cometer abusos e o papel da indústria e dos meios de comunicação. Leva cerca de 3 minutos, e as respostas só são apresentadas de forma agregada.
ci-prevention-pulse-education-reach = No seu país, que grupo é menos alcançado pela educação sobre exploração e abuso sexual infantil online?
ci-prevention-pulse-education-reach-children = Crianças e adolescentes
ci-prevention-pulse-education-reach-parents = Pais e cuidadores
ci-prevention-pulse-education-reach-teachers = Professores e funcionários das escolas
ci-prevention-pulse-education-reach-practitioners = Profissionais de saúde, serviço social e outros
ci-prevention-pulse-education-reach-faith = Líderes religiosos e comunitários
ci-prevention-pulse-education-reach-other = Outro grupo
ci-prevention-pulse-participation = No meu país, crianças e adolescentes têm oportunidades reais de dar a sua opinião e influenciar as políticas e práticas sobre exploração e abuso sexual.
ci-prevention-pulse-offender-support = Em que ponto está o seu país em oferecer apoio médico, psicológico e de autoajuda às pessoas em risco de cometer abusos sexuais contra crianças?
ci-prevention-pulse-takedown = Em que ponto está o seu país quanto a procedimentos para remover ou bloquear rapidamente material de abuso sexual infantil hospedado ou consultado no país?
ci-prevention-pulse-industry-reporting = A lei do seu país dá às empresas de tecnologia uma proteção jurídica clara quando denunciam exploração e abuso sexual infantil às forças policiais?
ci-prevention-pulse-company-programmes = No meu país, as empresas mantêm programas que colocam a segurança e o bem-estar de crianças e adolescentes em primeiro lugar nos seus produtos e serviços.
ci-prevention-pulse-media = No meu país, os meios de comunicação noticiam a exploração e o abuso sexual infantil de forma rigorosa e ética, sem identificar nem culpar as vítimas.
