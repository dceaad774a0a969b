## /stats for programme staff: reach summary, breakdown, chart and buttons (bot/features/stats.py).
## "<5" marks a suppressed count; in HTML messages it is written &lt;5.

stats-title = <b>Jangkauan dalam { $days } hari terakhir</b> ({ $start } – { $end }, UTC)
stats-reached = 👀 Orang yang dijangkau: <b>{ $value }</b> { $change }
stats-engaged = ✅ Menyelesaikan satu pelajaran: <b>{ $value }</b> { $change }
stats-completed = 🏁 Menyelesaikan satu seri: <b>{ $value }</b> { $change }
stats-accuracy = 🎯 Jawaban kuis benar pada percobaan pertama: <b>{ $value }</b>
stats-change-up = (▲ { $percent }% dibanding { $days } hari sebelumnya)
stats-change-down = (▼ { $percent }% dibanding { $days } hari sebelumnya)
stats-change-flat = (sama dengan { $days } hari sebelumnya)
stats-change-none = (belum ada pembanding)
stats-breakdown-title = <b>{ $breakdown }</b> (orang yang dijangkau):
stats-breakdown-line = • { $label }: { $value }
stats-breakdown-none = • belum ada
stats-breakdown-more = • … dan { $count } lainnya
stats-note = <i>Jumlah di bawah 5 ditampilkan sebagai &lt;5. Jika sebuah daftar hanya akan menyembunyikan satu angka, angka terkecil berikutnya juga disembunyikan, agar angka tersebut tidak dapat dihitung dari total.</i>
stats-unknown = tidak disebutkan
stats-audience-youth = Remaja
stats-audience-caregiver = Orang tua dan pengasuh
stats-audience-professional = Profesional
stats-by-audience = Kelompok sasaran
stats-by-country = Negara
stats-by-series = Seri
stats-by-locale = Bahasa
stats-btn-days = { $days } hari
stats-btn-current = ✓ { $label }
stats-chart-title = Jangkauan mingguan · { $breakdown }
stats-chart-x = Minggu yang dimulai hari Senin
stats-chart-y = Orang yang dijangkau
stats-chart-empty = Belum ada yang dijangkau pada periode ini
stats-suppressed = <5
