## Check-in: Prevention pulse (prevention-pulse), for education, NGOs, technology, government and others.
## Structure: content/checkins/prevention-pulse.yaml. Education, child participation, help for people at risk of offending, industry and media.

ci-prevention-pulse-title = Survei pencegahan
ci-prevention-pulse-about = Tujuh pertanyaan tentang edukasi, partisipasi anak, bantuan bagi orang yang berisiko melakukan kekerasan, serta peran industri dan media. Pengisiannya sekitar 3 menit, dan jawaban hanya ditampilkan secara agregat.
ci-prevention-pulse-education-reach = Kelompok mana yang paling kurang terjangkau oleh edukasi tentang eksploitasi dan kekerasan seksual terhadap anak secara daring di negara Anda?
ci-prevention-pulse-education-reach-children = Anak dan remaja
ci-prevention-pulse-education-reach-parents = Orang tua dan pengasuh
ci-prevention-pulse-education-reach-teachers = Guru dan tenaga kependidikan
ci-prevention-pulse-education-reach-practitioners = Tenaga kesehatan, pekerja sosial, dan praktisi lain
ci-prevention-pulse-education-reach-faith = Tokoh agama dan tokoh masyarakat
ci-prevention-pulse-education-reach-other = Kelompok lain
ci-prevention-pulse-participation = Anak dan remaja di negara saya memiliki kesempatan nyata untuk menyampaikan pandangan dan memengaruhi kebijakan serta praktik terkait eksploitasi dan kekerasan seksual.
ci-prevention-pulse-offender-support = Sejauh mana kemajuan negara Anda dalam menyediakan dukungan medis, psikologis, dan swabantu bagi orang yang berisiko melakukan kekerasan seksual terhadap anak?
ci-prevention-pulse-takedown = Sejauh mana kemajuan negara Anda dalam menyediakan prosedur untuk segera menghapus atau memblokir materi kekerasan seksual terhadap anak yang diunggah atau diakses di dalam negeri?
ci-prevention-pulse-industry-reporting = Apakah hukum di negara Anda memberikan pelindungan hukum yang jelas bagi perusahaan teknologi ketika mereka melaporkan eksploitasi dan kekerasan seksual terhadap anak kepada penegak hukum?
ci-prevention-pulse-company-programmes = Perusahaan di negara saya menjalankan program yang mengutamakan keselamatan dan kesejahteraan anak dalam produk dan layanan mereka.
ci-prevention-pulse-media = Media di negara saya memberitakan eksploitasi dan kekerasan seksual terhadap anak secara akurat dan etis, tanpa mengungkap identitas atau menyalahkan korban.
