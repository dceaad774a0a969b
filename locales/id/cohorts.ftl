## Trainers: cohorts, pushes and what members receive
## Trainer screens use "Anda"; what members receive (delivery-lesson, cohort-joined...) uses "kamu" or no pronoun.

cmd-cohorts = Kelompok Anda (fasilitator)
cohorts-title = <b>👥 Kelompok Anda</b>
cohorts-none = Anda belum memiliki kelompok. Buat kelompok dengan /newcohort diikuti namanya, misalnya: /newcohort Kelas 9B
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = Kelompok baru: /newcohort NAME, misalnya /newcohort Kelas 9B
cohort-usage-rename = Cara pakai: /renamecohort NUMBER NEW NAME (nomornya tertera di kartu kelompok)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    Untuk: { $audience } · Bahasa: { $language }
    Negara: { $country } · Zona waktu: { $timezone }
    Anggota: { $members } · { $status }

    Tautan bergabung, untuk dibagikan kepada kelompok:
    { $link }
cohort-open = terbuka untuk anggota baru
cohort-closed = tertutup untuk anggota baru
cohort-audience-youth_13_15 = remaja 13-15 tahun
cohort-audience-youth_16_17 = remaja 16-17 tahun
cohort-audience-caregiver = orang tua dan pengasuh
btn-cohort-push = 📤 Kirim seri
btn-cohort-audience = 🎯 Sasaran
btn-cohort-language = 🌐 Bahasa
btn-cohort-country = 📍 Negara
btn-cohort-timezone = 🕒 Zona waktu
btn-cohort-close = 🔒 Tutup untuk anggota baru
btn-cohort-reopen = 🔓 Buka kembali
btn-cohort-leave = 🚪 Keluar dari kelompok ini
btn-cohorts = ⬅️ Kelompok saya
cohort-pick-audience = Kelompok ini untuk siapa?
cohort-pick-language = Anggota baru mulai dengan bahasa apa?
cohort-pick-country = Kelompok ini berada di negara mana?
cohort-pick-timezone = Zona waktu mana? Pelajaran harian dikirim pada jam setempat.
cohort-left = Anda telah keluar dari { $name }. Anggotanya tetap menyimpan kemajuan mereka.
cohort-renamed = Nama diubah menjadi { $name }.
push-pick-series = Seri mana yang akan diterima { $name }?
push-pick-mode = Bagaimana “{ $series }” akan dikirim?
btn-push-now = ⚡ Sekarang: pelajaran berikutnya untuk semua
btn-push-daily = 📅 Satu pelajaran setiap hari
btn-push-weekdays = 📅 Satu pelajaran setiap hari kerja
push-pick-hour = Pukul berapa waktu setempat ({ $timezone })? Jam tenang ({ $quiet }) tidak pernah dipakai.
push-progress =
    <b>📤 { $series }</b> → kelompok #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    Terkirim { $sent } · siap dikirim { $due } · terjadwal { $scheduled }
    Gagal { $failed } · tidak aktif { $inactive } · berhenti { $skipped } · tidak pasti { $uncertain }
    { $eta }
push-mode-now = sekarang
push-mode-drip = satu pelajaran per hari pukul { $hour }.00
push-eta = Sekitar { $seconds } detik lagi.
push-done = ✅ Selesai.
push-paused = ⏸ Dijeda.
push-cancelled = ✖️ Dibatalkan.
btn-push-pause = ⏸ Jeda
btn-push-resume = ▶️ Lanjutkan
btn-push-cancel = ✖️ Batalkan
btn-push-refresh = 🔄 Muat ulang
delivery-lesson =
    📬 <b>{ $cohort }</b>: ada pelajaran baru untukmu
    <b>{ $series }</b> · pelajaran { $number }/{ $total }: { $lesson }
btn-delivery-open = ▶️ Mulai pelajaran
cohort-joined-new = 👋 Kamu akan bergabung dengan <b>{ $name }</b>. Pertama, pilih bahasamu.
cohort-joined = Kamu sudah bergabung dengan <b>{ $name }</b>. Pelajaran dari fasilitatormu akan dikirim ke sini.
cohort-invalid = Tautan bergabung ini sudah tidak berlaku. Minta tautan baru kepada fasilitatormu, atau kirim /start.
staff-granted = Peran fasilitator diberikan kepada { $id }.
staff-revoked = Peran fasilitator dicabut dari { $id }.
staff-grant-usage = Cara pakai: /granttrainer TELEGRAM_ID atau /revoketrainer TELEGRAM_ID
