## Staf: tautan undangan untuk profesional, dan putaran yang ditulis dengan kodenya

staff-invite-usage = Cara pakai: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D], misalnya /invite police KE kenya-2026 uses=20 days=14. Kecuali Anda menentukan lain, satu tautan memverifikasi satu orang dan berlaku 30 hari (paling banyak { $uses } kali pakai dan { $days } hari). Sektor: { $list }
staff-invite-created = Tautan undangan untuk { $sector } di { $country }:
    { $link }
    Tautan ini memverifikasi { $uses ->
        [one] satu orang
       *[other] hingga { $uses } orang
    } sebagai profesional dari sektor dan negara tersebut, sampai { $expires }. Kirimkan hanya kepada mereka. Lihat tautan Anda dengan /invites; tarik tautan ini dengan /revokeinvite { $code }
staff-invites-title = <b>Tautan undangan</b> (terbaru lebih dulu)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · dipakai { $uses }/{ $limit } · sampai { $expires } · { $state ->
        [active] aktif
        [used] habis dipakai
        [expired] kedaluwarsa
       *[revoked] ditarik
    }
staff-invites-none = Belum ada tautan undangan.
staff-invites-help = Tautan baru: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] · Tarik tautan: /revokeinvite CODE
staff-revokeinvite-usage = Cara pakai: /revokeinvite CODE (kodenya ada di /invites).
staff-invite-unknown = Tidak ada tautan undangan { $code }. Lihat tautan Anda dengan /invites.
staff-invite-revoked = Tautan undangan { $code } sudah ditarik: mulai sekarang tidak memverifikasi siapa pun. { $uses } orang yang sudah diverifikasi tetap terverifikasi.
staff-round-ambiguous = Beberapa kuesioner memiliki putaran { $round }: { $list }. Tambahkan nama kuesionernya, misalnya /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] Tautan undangan ini sudah dipakai
        [expired] Tautan undangan ini sudah kedaluwarsa
       *[revoked] Tautan undangan ini sudah ditarik
    }, jadi tidak dapat menandai Anda sebagai profesional terverifikasi. Jika Anda memerlukannya, mintalah tautan baru kepada orang yang mengirimkannya.
invite-not-usable-new = Anda tetap dapat ikut serta: jawaban Anda akan dihitung sebagai dinyatakan sendiri. Pertama, silakan pilih bahasa Anda.
