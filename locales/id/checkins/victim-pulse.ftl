## Check-in: Victim pulse (victim-pulse), for social services, health, NGOs and government.
## Structure: content/checkins/victim-pulse.yaml. Support for child victims, the workforce, compensation, helpline and hotline.

ci-victim-pulse-title = Survei dukungan korban
ci-victim-pulse-about = Enam pertanyaan tentang dukungan bagi anak korban, layanan bantuan, dan pelaporan. Pengisiannya sekitar 3 menit, dan jawaban hanya ditampilkan secara agregat.
ci-victim-pulse-end-to-end = Sejauh mana kemajuan negara Anda dalam memberikan dukungan menyeluruh dan terpadu kepada anak korban eksploitasi dan kekerasan seksual, mulai dari penyidikan dan penuntutan hingga pemulihan lanjutan?
ci-victim-pulse-workforce = Di negara saya, tenaga profesional perlindungan anak yang terlatih tersedia untuk mendampingi anak korban eksploitasi dan kekerasan seksual saat dibutuhkan.
ci-victim-pulse-gap = Apa kesenjangan terbesar dalam dukungan bagi anak korban eksploitasi dan kekerasan seksual di negara Anda?
ci-victim-pulse-gap-staff = Terlalu sedikit tenaga terlatih
ci-victim-pulse-gap-coordination = Koordinasi antarlayanan lemah
ci-victim-pulse-gap-reach = Layanan sulit dijangkau di luar kota
ci-victim-pulse-gap-aftercare = Minim pendampingan psikologis jangka panjang
ci-victim-pulse-gap-funding = Pendanaan jangka pendek atau tidak memadai
ci-victim-pulse-gap-other = Hal lain
ci-victim-pulse-compensation = Sejauh mana kemajuan negara Anda dalam menyediakan cara yang mudah diakses bagi anak korban dan keluarganya untuk menuntut kompensasi dan pemulihan serta menyampaikan pengaduan?
ci-victim-pulse-helpline = Apakah negara Anda memiliki layanan bantuan anak gratis tempat anak dapat melaporkan kekerasan, mendapatkan dukungan, dan dirujuk ke layanan lanjutan?
ci-victim-pulse-hotline = Sejauh mana kemajuan layanan pelaporan (hotline) materi kekerasan seksual terhadap anak di internet di negara Anda, termasuk keterhubungannya dengan penegak hukum dan penyedia internet?
