## Check-in: Justice pulse (justice-pulse), for police, justice and government.
## Structure: content/checkins/justice-pulse.yaml. Legislation, investigations, courts, offender management, image databases, terminology.

ci-justice-pulse-title = Survei peradilan
ci-justice-pulse-about = Enam pertanyaan tentang hukum, penyidikan, pengadilan, dan penanganan pelaku. Pengisiannya sekitar 3 menit, dan jawaban hanya ditampilkan secara agregat.
ci-justice-pulse-legislation = Sejauh mana kemajuan peraturan perundang-undangan di negara Anda dalam menyediakan kerangka yang komprehensif untuk menyidik pelaku dan melindungi korban eksploitasi dan kekerasan seksual terhadap anak, baik daring maupun luring?
ci-justice-pulse-barrier = Apa hambatan utama dalam penyidikan eksploitasi dan kekerasan seksual terhadap anak secara daring di negara Anda?
ci-justice-pulse-barrier-funding = Pendanaan dan sumber daya manusia
ci-justice-pulse-barrier-training = Pelatihan khusus
ci-justice-pulse-barrier-tools = Perangkat teknis dan forensik digital
ci-justice-pulse-barrier-cooperation = Kerja sama internasional
ci-justice-pulse-barrier-laws = Kekosongan hukum
ci-justice-pulse-barrier-other = Hal lain
ci-justice-pulse-judiciary = Hakim dan jaksa di negara saya terlatih menangani perkara eksploitasi dan kekerasan seksual terhadap anak dan menempatkan kebutuhan anak korban sebagai pusat perhatian.
ci-justice-pulse-offender-mgmt = Sejauh mana kemajuan negara Anda dalam menangani orang yang dipidana karena kejahatan seksual terhadap anak, untuk mencegah pengulangan tindak pidana di dalam negeri maupun lintas negara?
ci-justice-pulse-image-database = Apakah negara Anda memiliki basis data nasional materi kekerasan seksual terhadap anak yang terhubung dengan basis data International Child Sexual Exploitation (ICSE) milik INTERPOL?
ci-justice-pulse-terminology = Polisi, jaksa, dan pengadilan di negara saya secara konsisten menggunakan istilah bersama, seperti “materi kekerasan seksual terhadap anak”, sesuai dengan Panduan Luksemburg.
