// Spanish spam wording, written for Preflight (accents folded when matching).
import type { LanguagePhrases } from './types';

const es: LanguagePhrases = {
  lang: 'es',
  spam: {
    urgency: [
      ['oferta limitada', 0.8], ['última oportunidad', 0.8], ['solo hoy', 0.6],
      ['actúe ahora', 1], ['actúa ahora', 1], ['en las próximas 24 horas', 0.8], ['urgente', 0.3],
    ],
    callToAction: [
      ['haga clic aquí', 1.2], ['haz clic aquí', 1.2], ['pulse aquí', 1.2], ['haga clic en el enlace', 0.8],
      ['compre ahora', 0.8], ['compra ahora', 0.8],
    ],
    salutation: [
      ['estimado cliente', 1], ['estimada clienta', 1], ['querido amigo', 1.5], ['querida amiga', 1.5],
      ['estimado usuario', 1.2], ['querido ganador', 2.5],
    ],
    money: [
      ['gratis', 0.3], ['totalmente gratis', 0.8], ['completamente gratis', 0.8], ['100% gratis', 1.5],
      ['dinero fácil', 1.5], ['dinero rápido', 1.5], ['ganar dinero', 1], ['ingresos extra', 1.2],
      ['millones de dólares', 1.2], ['millones de euros', 1], ['sin costes ocultos', 0.8],
    ],
    prize: [
      ['ha ganado', 1.5], ['usted ha ganado', 2], ['has ganado', 1.5], ['felicidades', 0.4], ['felicitaciones', 0.4],
      ['ganador', 0.6], ['lotería', 1.2], ['su premio', 1.5], ['reclamar su premio', 2], ['seleccionado al azar', 1.5],
      ['casino en línea', 1.5],
    ],
    guarantee: [['sin riesgo', 1], ['garantizado', 0.3], ['esto no es spam', 2.5], ['100% legal', 2], ['ganancias garantizadas', 2]],
    bulk: [['darse de baja', 0.3], ['cancelar suscripción', 0.3], ['cancelar la suscripción', 0.3], ['ver en el navegador', 0.3]],
    advanceFee: [
      ['propuesta de negocio', 1], ['estrictamente confidencial', 1], ['pariente más cercano', 1.5], ['herencia', 0.6],
      ['cliente fallecido', 2], ['transferencia de fondos', 1.2], ['sus datos bancarios', 1], ['beneficio mutuo', 1],
    ],
    pharmacy: [['sin receta', 1.5], ['farmacia en línea', 1.5], ['farmacia online', 1.5], ['bajar de peso', 0.8], ['adelgazar rápido', 1.5]],
    extortion: [
      ['su cámara web', 1.5], ['tu cámara web', 1.5], ['sitios para adultos', 1.5], ['todos sus contactos', 1.5],
      ['en bitcoin', 1], ['billetera bitcoin', 1.2], ['borrar el video', 2], ['conozco su contraseña', 2.5],
    ],
    phishing: [
      ['verifique su cuenta', 2], ['verifica tu cuenta', 2], ['confirme su cuenta', 1.5], ['su cuenta ha sido suspendida', 2.5],
      ['su cuenta será suspendida', 2.5], ['su cuenta ha sido bloqueada', 2.5], ['tu cuenta ha sido bloqueada', 2.5],
      ['actividad inusual', 1], ['actividad sospechosa', 1], ['su buzón está lleno', 2], ['actualice sus datos', 1.2],
      ['introduzca su contraseña', 1.5], ['su paquete no pudo ser entregado', 1.5], ['nuevos datos bancarios', 1.5],
    ],
    getRich: [
      ['trabajo desde casa', 1], ['trabaja desde casa', 1.2], ['trabajar desde casa', 1], ['ingresos pasivos', 1],
      ['libertad financiera', 1.2], ['sin experiencia', 0.6], ['hazte rico', 1.5], ['hágase millonario', 2],
    ],
    loans: [['préstamo rápido', 1.5], ['préstamo sin aval', 2], ['oferta de préstamo', 1.5], ['crédito rápido', 1.2]],
    adult: [['solteras cerca de ti', 2], ['mujeres solteras', 1.2], ['fotos íntimas', 1.5]],
    seo: [['primera página de google', 1.5], ['backlinks', 1.2], ['posicionamiento web', 0.6]],
    marketing: [['oferta especial', 0.4], ['oferta exclusiva', 0.6], ['oferta increíble', 1]],
  },
  attachmentMentions: [
    'adjunto', 'te adjunto', 'le adjunto', 'os adjunto', 'adjunto envío', 'archivo adjunto', 'documento adjunto',
    'en el adjunto', 'en adjunto', 'adjunta', 'adjuntamos', 'encontrará adjunto', 'encontrarás adjunto',
    'se adjunta', 'va adjunto', 'te envío adjunto', 'como adjunto',
  ],
};

export default es;
